package org.dataprice.split.sampling;

import org.dataprice.error.Require;

/**
 * Truncation of a permutation walk (Ghorbani &amp; Zou, "Data Shapley", ICML 2019, Algorithm 1): once
 * the coalition's worth is within {@code tolerance · |v(N)|} of v(N), the remaining players of the
 * permutation are given a marginal contribution of 0 without evaluating them. This trades a small
 * bias for speed when the worth saturates (model performance on more data).
 *
 * @param grandValue v(N), the worth of all players
 * @param tolerance  the relative tolerance, in [0, 1); 0 disables truncation
 */
public record Truncation(double grandValue, double tolerance) {
    /** No truncation. */
    public static final Truncation NONE = new Truncation(0, 0);

    /** Validates. */
    public Truncation {
        Require.finite(grandValue, "grandValue");
        Require.atLeast(tolerance, 0, "tolerance");
        Require.lessThan(tolerance, 1, "tolerance");
    }

    /** @return true when truncation is on */
    public boolean enabled() {
        return tolerance > 0;
    }
}
