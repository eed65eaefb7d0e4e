package org.dataprice.valuation.cost;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * A cost-approach value.
 *
 * @param value       P, rounded half-even to the currency's minor units; not null
 * @param totalCost   TC (or the replacement cost for the 2019 form); not null
 * @param factor      (1 + R) × U, or (1 − obsolescence) for the 2019 form
 * @param explanation the explanation; the last step holds P; not null
 */
public record CostResult(Money value, Money totalCost, double factor, Explanation explanation) {
    /** Checks nulls. */
    public CostResult {
        Require.notNull(value, "value");
        Require.notNull(totalCost, "totalCost");
        Require.notNull(explanation, "explanation");
    }
}
