package org.dataprice.pricing.bargaining;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * A benchmark price.
 *
 * @param price       p, rounded half-even to the minor unit; not null
 * @param sellerShare the seller's share of the surplus (p − s)/(b − s) before rounding, in [0, 1]
 * @param explanation the steps; the last is {@link BargainingSteps#PRICE}
 */
public record BargainingSolution(Money price, double sellerShare, Explanation explanation) {
    /** Validates. */
    public BargainingSolution {
        Require.notNull(price, "price");
        Require.probability(sellerShare, "sellerShare");
        Require.notNull(explanation, "explanation");
    }
}
