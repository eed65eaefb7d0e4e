package org.dataprice.appraisal;

import org.dataprice.error.Require;

/**
 * The weight the appraiser gives an approach in the conclusion, and why.
 *
 * @param approach the approach; not null
 * @param weight   ∈ [0, 1]; the weights of an engagement sum to 1
 * @param reason   why; not blank
 */
public record ApproachWeight(Approach approach, double weight, String reason) {
    /** Validates. */
    public ApproachWeight {
        Require.notNull(approach, "approach");
        Require.probability(weight, "weight");
        Require.notBlank(reason, "reason");
    }
}
