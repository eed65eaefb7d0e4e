package org.dataprice.valuation.reconcile;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One approach's value with the weight the appraiser gives it and why.
 *
 * @param approach the approach, e.g. "income 收益法"; not blank
 * @param value    its value; not null
 * @param weight   its weight ∈ [0, 1]; the weights of a reconciliation sum to 1
 * @param reason   why this weight (reliability of inputs, fit to the purpose); not blank
 */
public record ApproachValue(String approach, Money value, double weight, String reason) {
    /** Validates. */
    public ApproachValue {
        Require.notBlank(approach, "approach");
        Require.notNull(value, "value");
        Require.probability(weight, "weight");
        Require.notBlank(reason, "reason");
    }
}
