package org.dataprice.pricing.band;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * A market reference price and how much it leans on market evidence.
 *
 * @param price        the reference price, rounded half-even to the minor unit; not null
 * @param marketWeight the weight w ∈ [0, 1] on market evidence (0 = cold start, 1 = mature)
 * @param explanation  the steps; the last is {@link BandSteps#REFERENCE}
 */
public record ReferencePriceResult(Money price, double marketWeight, Explanation explanation) {
    /** Validates. */
    public ReferencePriceResult {
        Require.notNull(price, "price");
        Require.probability(marketWeight, "marketWeight");
        Require.notNull(explanation, "explanation");
    }
}
