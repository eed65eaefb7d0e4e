package org.dataprice.api.credit;

import io.micronaut.context.annotation.ConfigurationProperties;
import org.dataprice.supervision.credit.CreditPolicy;

import java.time.Duration;

/**
 * The credit policy's procedure periods ({@code dataprice.supervision.credit.*}); the base score and the levels are
 * the core's {@link CreditPolicy#EXAMPLE}. Bump {@code policy-version} with any change: every standing names it.
 */
@ConfigurationProperties("dataprice.supervision.credit")
public class CreditConfiguration {
    private int policyVersion = CreditPolicy.EXAMPLE.version();
    private Duration objectionAnswerPeriod = CreditPolicy.EXAMPLE.objectionAnswerPeriod();
    private Duration repairWait = CreditPolicy.EXAMPLE.repairWait();
    private Duration repairDecisionPeriod = CreditPolicy.EXAMPLE.repairDecisionPeriod();

    /** @return the policy in force */
    public CreditPolicy policy() {
        CreditPolicy e = CreditPolicy.EXAMPLE;
        return new CreditPolicy(policyVersion, e.basePoints(), e.levels(), objectionAnswerPeriod, repairWait,
                repairDecisionPeriod, e.repairConditions());
    }

    /** @return the policy's version */
    public int getPolicyVersion() {
        return policyVersion;
    }

    /** @param policyVersion the policy's version, &ge; 1 */
    public void setPolicyVersion(int policyVersion) {
        this.policyVersion = policyVersion;
    }

    /** @return the time to answer an objection (default 15 days) */
    public Duration getObjectionAnswerPeriod() {
        return objectionAnswerPeriod;
    }

    /** @param objectionAnswerPeriod the time to answer an objection */
    public void setObjectionAnswerPeriod(Duration objectionAnswerPeriod) {
        this.objectionAnswerPeriod = objectionAnswerPeriod;
    }

    /** @return the time after an event before its repair may be requested (default 90 days) */
    public Duration getRepairWait() {
        return repairWait;
    }

    /** @param repairWait the time after an event before its repair may be requested */
    public void setRepairWait(Duration repairWait) {
        this.repairWait = repairWait;
    }

    /** @return the time to decide a repair request (default 15 days) */
    public Duration getRepairDecisionPeriod() {
        return repairDecisionPeriod;
    }

    /** @param repairDecisionPeriod the time to decide a repair request */
    public void setRepairDecisionPeriod(Duration repairDecisionPeriod) {
        this.repairDecisionPeriod = repairDecisionPeriod;
    }
}
