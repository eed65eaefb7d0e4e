package org.dataprice.pricing.negotiation;

/**
 * The shape of a time-dependent concession function α(t), t ∈ [0, 1] normalised time (Faratin, Sierra
 * &amp; Jennings 1998, §4.1).
 */
public enum ConcessionCurve {
    /** α(t) = k + (1 − k)·t^(1/e); the GENIUS {@code TimeDependent} form; e = 0 gives α = k (Hardliner). */
    POLYNOMIAL,
    /** α(t) = exp((1 − t)^e · ln k), k ∈ (0, 1]; e = 0 gives α = k. */
    EXPONENTIAL
}
