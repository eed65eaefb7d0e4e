package org.dataprice.valuation.cost;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * The inputs of the 2019 expert guide's cost approach: value = replacement cost × (1 − obsolescence).
 *
 * @param replacementCost the replacement cost (重置成本: construction, operation and management costs), &gt; 0
 * @param obsolescence    the obsolescence rate (贬值率), functional or economic, in [0, 1)
 */
public record ReplacementCostInputs(Money replacementCost, double obsolescence) {
    /** Validates. */
    public ReplacementCostInputs {
        Require.notNull(replacementCost, "replacementCost");
        Require.that(replacementCost.signum() > 0, "replacementCost", replacementCost, Rule.GREATER_THAN, 0);
        Require.atLeast(obsolescence, 0, "obsolescence");
        Require.lessThan(obsolescence, 1, "obsolescence");
    }
}
