package org.dataprice.finance.lattice;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * The value of a data asset with its options (Trigeorgis's expanded NPV).
 *
 * @param expandedValue the value with every option, V0 on the tree (currency)
 * @param staticValue   the value without flexibility: V0, or V0 − I for a deferrable investment made now
 * @param optionPremium expandedValue − staticValue, the value of the flexibility
 * @param up            u
 * @param down          d
 * @param probability   p
 * @param steps         n
 * @param explanation   the features, tree parameters and values; not null
 */
public record RealOptionResult(double expandedValue, double staticValue, double optionPremium, double up, double down,
        double probability, int steps, Explanation explanation) {
    /** Validates every field. */
    public RealOptionResult {
        Require.finite(expandedValue, "expandedValue");
        Require.finite(staticValue, "staticValue");
        Require.finite(optionPremium, "optionPremium");
        Require.greaterThan(up, 1, "up");
        Require.inOpenRange(down, 0, 1, "down");
        Require.probability(probability, "probability");
        Require.atLeast(steps, 2, "steps");
        Require.notNull(explanation, "explanation");
    }
}
