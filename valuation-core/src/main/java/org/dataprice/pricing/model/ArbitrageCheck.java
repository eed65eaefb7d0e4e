package org.dataprice.pricing.model;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * The arbitrage check of a price curve.
 *
 * @param arbitrageFree true when no violation was found
 * @param violations    each violation in words (which points, which condition); copied
 * @param explanation   the steps; the last is {@link ModelSteps#ARBITRAGE_FREE}
 */
public record ArbitrageCheck(boolean arbitrageFree, List<String> violations, Explanation explanation) {
    /** Validates. */
    public ArbitrageCheck {
        violations = Require.copyOf(violations, "violations");
        Require.notNull(explanation, "explanation");
    }
}
