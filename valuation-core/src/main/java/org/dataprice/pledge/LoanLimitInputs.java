package org.dataprice.pledge;

import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A pledge-loan request against a data asset.
 *
 * @param appraisedValue       the appraised value (评估价值), &gt; 0; not null
 * @param collateral           the class of appraisal evidence; not null
 * @param exchangeRegistered   whether the asset is registered at a data exchange (登记证书)
 * @param qualityScore         the data-quality score, 0 to 100
 * @param largestCustomerShare the largest single customer's share of the asset's revenue, in [0, 1]
 * @param remainingLifeMonths  the asset's remaining economic life, 0 to 1,200 months
 * @param requestedTermMonths  the loan term asked for, 1 to 600 months
 * @param stressedValue        a Monte Carlo percentile of the value, same currency; not null (may be empty)
 */
public record LoanLimitInputs(Money appraisedValue, CollateralClass collateral, boolean exchangeRegistered,
        double qualityScore, double largestCustomerShare, int remainingLifeMonths, int requestedTermMonths,
        Optional<StressedValue> stressedValue) {
    /** Validates. */
    public LoanLimitInputs {
        Require.notNull(appraisedValue, "appraisedValue");
        Require.that(appraisedValue.signum() > 0, "appraisedValue", appraisedValue, Rule.GREATER_THAN, 0);
        Require.notNull(collateral, "collateral");
        Require.inClosedRange(qualityScore, 0, 100, "qualityScore");
        Require.probability(largestCustomerShare, "largestCustomerShare");
        Require.atLeast(remainingLifeMonths, 0, "remainingLifeMonths");
        Require.withinLimit(remainingLifeMonths, 1200, "remainingLifeMonths", "");
        Require.atLeast(requestedTermMonths, 1, "requestedTermMonths");
        Require.withinLimit(requestedTermMonths, 600, "requestedTermMonths", "");
        Require.notNull(stressedValue, "stressedValue");
        stressedValue.ifPresent(s -> Require.that(s.value().currency().equals(appraisedValue.currency()),
                "stressedValue.value", s.value(), Rule.CURRENCY_MISMATCH, appraisedValue.currency().getCurrencyCode()));
    }
}
