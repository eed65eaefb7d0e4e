package org.dataprice.simulation;

import org.dataprice.error.Require;

/**
 * One percentile of a simulated value.
 *
 * @param probability p in [0, 1]
 * @param value       Q(p), type 7 ({@link SortedSample#quantile(double)}); finite
 */
public record Percentile(double probability, double value) {
    /** Validates. */
    public Percentile {
        Require.probability(probability, "probability");
        Require.finite(value, "value");
    }
}
