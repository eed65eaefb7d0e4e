package org.dataprice.quality;

/** The composition operator of a fuzzy comprehensive evaluation B = W ∘ R. */
public enum FuzzyOperator {
    /** Weighted average M(·, +): b_j = Σ_i w_i · r_ij. Uses every factor; the appraisal default. */
    WEIGHTED_AVERAGE,
    /** Main-factor decisive M(∧, ∨): b_j = max_i min(w_i, r_ij), then B normalised to sum 1. */
    MIN_MAX
}
