package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A fuzzy comprehensive evaluation: the evaluation vector B over the grades and the score S = B·V.
 *
 * @param operator    the operator used; not null
 * @param evaluation  B, summing to 1; not null
 * @param score       S = Σ_j b_j · v_j
 * @param explanation the explanation; the last step holds the score; not null
 */
public record FuzzyResult(FuzzyOperator operator, Weights evaluation, double score, Explanation explanation) {
    /** Checks nulls. */
    public FuzzyResult {
        Require.notNull(operator, "operator");
        Require.notNull(evaluation, "evaluation");
        Require.notNull(explanation, "explanation");
    }
}
