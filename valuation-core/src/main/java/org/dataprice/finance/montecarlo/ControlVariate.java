package org.dataprice.finance.montecarlo;

/**
 * The control variate X subtracted as Y − β (X − E[X]), β = cov(X, Y)/var(X) estimated from the same
 * paths (Glasserman, <i>Monte Carlo Methods in Financial Engineering</i>, 2004, §4.1).
 */
public enum ControlVariate {
    /** No control. */
    NONE,
    /** The discounted terminal value e^(−rT) S_T, with E[X] = S0 e^(−qT). Any payoff. */
    TERMINAL_VALUE,
    /**
     * The discounted geometric-average payoff with the same strike and fixings, with E[X] from
     * {@link GeometricAsianFormula} (Kemna &amp; Vorst 1990). Asian payoffs only.
     */
    GEOMETRIC_ASIAN
}
