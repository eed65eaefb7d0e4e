package org.dataprice.split.contribution;

/** The contribution measures {@link Contributions} computes. */
public enum ContributionMethod {
    /**
     * The Shapley value, by the best exact route: a closed form for airport, weighted-majority,
     * synergy and unanimity games, otherwise the table (n ≤ 25); larger games are sampled.
     */
    SHAPLEY,
    /** The Shapley value by exact enumeration of the table only (n ≤ 25). */
    SHAPLEY_EXACT,
    /** The Shapley value by permutation sampling (needs sampling options). */
    SHAPLEY_MONTE_CARLO,
    /** The raw Banzhaf value. */
    BANZHAF,
    /** The Banzhaf value normalised to sum to 1. */
    BANZHAF_NORMALISED,
    /** The nucleolus (over imputations). */
    NUCLEOLUS,
    /** The prenucleolus. */
    PRENUCLEOLUS,
    /** A point of the least core (the prenucleolus) with the least-core value as its error bound. */
    LEAST_CORE
}
