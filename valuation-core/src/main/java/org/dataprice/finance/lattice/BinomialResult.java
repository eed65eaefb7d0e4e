package org.dataprice.finance.lattice;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A binomial-tree value with the tree's parameters.
 *
 * @param price       the option value V0 (currency)
 * @param delta       (V_u − V_d) / (S u − S d) from the first step
 * @param gamma       the second-step difference of deltas
 * @param up          u
 * @param down        d
 * @param probability p
 * @param steps       n (for an odd/even average, the smaller)
 * @param explanation the parameters and values; not null
 */
public record BinomialResult(double price, double delta, double gamma, double up, double down, double probability,
        int steps, Explanation explanation) {
    /** Validates every field. */
    public BinomialResult {
        Require.nonNegative(price, "price");
        Require.finite(delta, "delta");
        Require.finite(gamma, "gamma");
        Require.greaterThan(up, 1, "up");
        Require.inOpenRange(down, 0, 1, "down");
        Require.probability(probability, "probability");
        Require.atLeast(steps, 1, "steps");
        Require.notNull(explanation, "explanation");
    }
}
