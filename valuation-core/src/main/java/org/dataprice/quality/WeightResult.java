package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * Weights produced by {@link EntropyWeight} or {@link CombinedWeights}, with how they were obtained.
 *
 * @param method      the method's name, e.g. {@code "entropy"}, {@code "combined.multiplicative"}; not blank
 * @param weights     the weights; not null
 * @param explanation the explanation; the last step holds Σw = 1; not null
 */
public record WeightResult(String method, Weights weights, Explanation explanation) {
    /** Checks nulls. */
    public WeightResult {
        Require.notBlank(method, "method");
        Require.notNull(weights, "weights");
        Require.notNull(explanation, "explanation");
    }
}
