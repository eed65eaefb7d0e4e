package org.dataprice.accounting;

import org.dataprice.error.Require;

/**
 * The treatment of one cost line and why.
 *
 * @param item      the cost; not null
 * @param treatment capitalised or expensed; not null
 * @param reason    the rule applied, citing its article; not blank
 * @param rule      the rule that decided; not null, and giving {@code treatment}
 */
public record CostTreatment(CostItem item, Treatment treatment, String reason, CostRule rule) {
    /** Validates. */
    public CostTreatment {
        Require.notNull(item, "item");
        Require.notNull(treatment, "treatment");
        Require.notBlank(reason, "reason");
        Require.notNull(rule, "rule");
        Require.that(rule.treatment() == treatment, "rule", rule, org.dataprice.error.Rule.INVALID_STATE,
                "the rule " + rule.id() + " gives " + rule.treatment());
    }

    /**
     * @param item   the cost; not null
     * @param rule   the rule that decided; not null
     * @param reason the rule applied, citing its article; not blank
     * @return the treatment the rule gives
     */
    public static CostTreatment by(CostItem item, CostRule rule, String reason) {
        return new CostTreatment(item, rule == null ? null : rule.treatment(), reason, rule);
    }
}
