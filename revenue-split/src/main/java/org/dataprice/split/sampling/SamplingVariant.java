package org.dataprice.split.sampling;

/** How {@link MonteCarloShapley} draws its samples. */
public enum SamplingVariant {
    /**
     * Independent uniform permutations; a sample is a player's marginal contribution in one
     * permutation (Castro, Gómez &amp; Tejada 2009).
     */
    PLAIN,
    /**
     * Each permutation is paired with its reverse and a sample is the average of the two marginal
     * contributions (antithetic variates; Mitchell, Cooper, Frank &amp; Holmes, JMLR 23 (2022) 1–46, §4).
     * Sample count = pairs; each pair costs two permutations of the budget.
     */
    ANTITHETIC,
    /**
     * Stratified by the size k = 0 … n−1 of the coalition a player joins: an equal number of
     * uniformly drawn coalitions S ∌ i with |S| = k per stratum, φ<sub>i</sub> = (1/n) Σ<sub>k</sub> mean<sub>ik</sub>
     * (Maleki et al. 2013; Castro, Gómez, Molina &amp; Tejada, Computers &amp; OR 82 (2017) 180–188).
     * The budget counts marginal contributions per player; a draw in stratum k costs k + 1 joins (a
     * fresh walk), so a budget of m per player costs about n·m·n/2 joins in all, n/2 times a
     * permutation budget of m.
     */
    STRATIFIED
}
