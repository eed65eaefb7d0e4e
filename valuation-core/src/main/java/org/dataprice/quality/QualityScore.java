package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A composite data-quality score (数据质量综合得分).
 *
 * @param score       Q = Σ w_k · s_k ∈ [0, 1]
 * @param inputs      the criteria it was computed from; not null
 * @param explanation the explanation; the last step holds Q; not null
 */
public record QualityScore(double score, QualityInputs inputs, Explanation explanation) {
    /** Checks ranges. */
    public QualityScore {
        Require.probability(score, "score");
        Require.notNull(inputs, "inputs");
        Require.notNull(explanation, "explanation");
    }
}
