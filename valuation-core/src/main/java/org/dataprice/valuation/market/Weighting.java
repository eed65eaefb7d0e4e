package org.dataprice.valuation.market;

/** How adjusted comparable prices are combined (CAS 2023 appendix). */
public enum Weighting {
    /** Arithmetic mean: w_i = 1/n. */
    ARITHMETIC_MEAN,
    /** Similarity weights: w_i = s_i / Σ s. */
    SIMILARITY
}
