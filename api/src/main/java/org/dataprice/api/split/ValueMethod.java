package org.dataprice.api.split;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The methods of {@code POST /v1/contributions}: values of a cooperative game (with {@code game}) or
 * of training data (with {@code data}).
 */
@Serdeable
public enum ValueMethod {
    /**
     * Shapley value by the cheapest exact route (closed form for airport, weighted-majority, synergy,
     * unanimity and MST ring games, else enumeration up to {@code dataprice.split.max-exact-players}); beyond
     * that it is sampled when {@code sampling} is given, else 422.
     */
    SHAPLEY,
    /** Shapley value by enumeration of every coalition only. */
    SHAPLEY_EXACT,
    /** Shapley value by permutation sampling (Castro et al. 2009); {@code sampling} with a seed required. */
    SHAPLEY_MONTE_CARLO,
    /** Raw Banzhaf value. */
    BANZHAF,
    /** Banzhaf value normalised to sum to 1. */
    BANZHAF_NORMALISED,
    /** Nucleolus (for cost games on the cost side). */
    NUCLEOLUS,
    /** Prenucleolus (profit games only). */
    PRENUCLEOLUS,
    /** Least-core value and a point of the least core (for cost games on the cost side). */
    LEAST_CORE,
    /** Whether {@code allocation} is in the core, and the coalition of largest excess. */
    CORE_CHECK,
    /** Exact KNN-Shapley values of training points (Jia et al. 2019); needs {@code data}. */
    KNN_SHAPLEY,
    /** Truncated Monte Carlo Data Shapley over the KNN utility (Ghorbani &amp; Zou 2019); needs {@code data} and {@code sampling}. */
    TMC_SHAPLEY,
    /** Leave-one-out values over the KNN utility, the baseline; needs {@code data}. */
    LEAVE_ONE_OUT
}
