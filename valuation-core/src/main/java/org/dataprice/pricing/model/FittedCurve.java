package org.dataprice.pricing.model;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * The nearest arbitrage-free curve to a seller's wished prices.
 *
 * @param curve       the fitted curve, same variances; not null
 * @param distance    Σ (p_i − wished_i)², &ge; 0
 * @param iterations  the passes of the fitting algorithm (1: the exact dynamic programme)
 * @param explanation the steps; the last is {@link ModelSteps#DISTANCE}
 */
public record FittedCurve(PriceCurve curve, double distance, int iterations, Explanation explanation) {
    /** Validates. */
    public FittedCurve {
        Require.notNull(curve, "curve");
        Require.nonNegative(distance, "distance");
        Require.atLeast(iterations, 0, "iterations");
        Require.notNull(explanation, "explanation");
    }
}
