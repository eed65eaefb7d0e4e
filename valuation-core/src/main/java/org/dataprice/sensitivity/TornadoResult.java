package org.dataprice.sensitivity;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A tornado analysis: the base value and one bar per input, sorted by swing, largest first.
 *
 * @param baseValue   V₀, the value at the base case
 * @param bars        the bars, by decreasing swing (ties keep the input order); copied
 * @param explanation how it was obtained; its last step is the base value
 */
public record TornadoResult(double baseValue, List<TornadoBar> bars, Explanation explanation) {
    /** Validates and copies. */
    public TornadoResult {
        Require.finite(baseValue, "baseValue");
        bars = Require.nonEmptyCopy(bars, "bars");
        Require.notNull(explanation, "explanation");
    }
}
