package org.dataprice.sensitivity;

import org.dataprice.error.Require;
import org.dataprice.simulation.InputDistribution;

/**
 * The low and high values of one input for a one-at-a-time (tornado) analysis, e.g. the 10th and
 * 90th percentiles of its distribution or ±10 % of its base value.
 *
 * @param name the input's name, as in the model; not blank
 * @param low  the low input value, finite
 * @param high the high input value, finite, &gt; low
 */
public record InputRange(String name, double low, double high) {
    /** Validates. */
    public InputRange {
        Require.notBlank(name, "name");
        Require.finite(low, "low");
        Require.greaterThan(high, low, "high");
    }

    /**
     * The range between two percentiles of an input's distribution, e.g. P10 and P90, so that the
     * tornado and the Monte Carlo use the same view of uncertainty.
     *
     * @param name         the input's name; not blank
     * @param distribution its distribution; not null
     * @param lowP         the lower probability, in [0, 1)
     * @param highP        the higher probability, in (lowP, 1]
     * @return [Q(lowP), Q(highP)]
     */
    public static InputRange ofPercentiles(String name, InputDistribution distribution, double lowP, double highP) {
        Require.notNull(distribution, "distribution");
        Require.probability(lowP, "lowP");
        Require.probability(highP, "highP");
        Require.greaterThan(highP, lowP, "highP");
        return new InputRange(name, distribution.quantile(lowP), distribution.quantile(highP));
    }
}
