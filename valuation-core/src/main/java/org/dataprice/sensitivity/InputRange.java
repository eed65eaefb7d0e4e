package org.dataprice.sensitivity;

import org.dataprice.error.Require;

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
}
