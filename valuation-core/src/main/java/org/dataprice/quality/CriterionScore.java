package org.dataprice.quality;

import org.dataprice.error.Require;

/**
 * One criterion's weight and score in a composite quality score.
 *
 * @param id     the criterion id (e.g. a GB/T 36344 dimension or indicator id); not blank
 * @param label  a label; not blank
 * @param weight its (global) weight in [0, 1]
 * @param score  its score s ∈ [0, 1] (1 = fully meets the standard)
 */
public record CriterionScore(String id, String label, double weight, double score) {
    /** Validates ranges. */
    public CriterionScore {
        Require.notBlank(id, "id");
        Require.notBlank(label, "label");
        Require.probability(weight, "weight");
        Require.probability(score, "score");
    }
}
