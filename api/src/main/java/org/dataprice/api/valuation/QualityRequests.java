package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.quality.FuzzyOperator;
import org.dataprice.quality.WeightMethod;

import java.util.List;

/**
 * Request bodies of the quality-weighting endpoints {@code POST /v1/appraisal/quality/{hierarchy|fuzzy|entropy|combined}}.
 * Only the JSON shape is checked here (bean validation, 400); values (reciprocity, ranges, row sums, sizes) are
 * checked by the core models (422 naming the JSON path).
 */
public final class QualityRequests {
    private QualityRequests() {
    }

    /** Largest pairwise matrix of one node (the core's {@code PairwiseMatrix.MAX_SIZE}). */
    static final int MAX_MATRIX = 15;

    /**
     * Hierarchical AHP: local weights of each criterion's children from its pairwise matrix, global weight = product of
     * the local weights from the root; with a {@code score} on every leaf, also Q = Σ g_leaf · s_leaf.
     *
     * @param root   the goal (must have children)
     * @param method EIGENVECTOR (default) or GEOMETRIC_MEAN, used at every node
     */
    @Serdeable
    @Schema(name = "HierarchyRequest")
    public record Hierarchy(@NotNull @Valid Node root, @Nullable WeightMethod method) {
    }

    /**
     * A node of the criteria hierarchy: a criterion (judgements over its children) or a leaf indicator.
     *
     * @param id         unique in the tree
     * @param label      label
     * @param judgements Saaty 1–9 pairwise matrix over the children, in child order; omitted for a leaf
     * @param children   sub-criteria; omitted or empty for a leaf
     * @param score      a leaf's score in [0, 1]; give it on every leaf to obtain Q
     */
    @Serdeable
    @Schema(name = "HierarchyNode")
    public record Node(@NotBlank @Size(max = 200) String id, @NotBlank @Size(max = 500) String label,
                       @Nullable @Size(max = MAX_MATRIX) List<@NotEmpty @Size(max = MAX_MATRIX) List<@NotNull Double>> judgements,
                       @Nullable @Size(max = MAX_MATRIX) List<@Valid @NotNull Node> children,
                       @Nullable Double score) {
    }

    /**
     * Fuzzy comprehensive evaluation B = W ∘ R, S = B · V.
     *
     * @param weights     W, one per factor (row of R), non-negative, summing to 1
     * @param memberships R, factors × grades, entries in [0, 1], rows summing to 1
     * @param gradeValues V, one value per grade, e.g. [1, 0.8, 0.6, 0.4]
     * @param operator    WEIGHTED_AVERAGE M(·,+) (default) or MIN_MAX M(∧,∨)
     */
    @Serdeable
    @Schema(name = "FuzzyRequest")
    public record Fuzzy(@NotEmpty @Size(max = 1_000) List<@NotNull Double> weights,
                        @NotEmpty @Size(max = 1_000) List<@NotEmpty @Size(max = 1_000) List<@NotNull Double>> memberships,
                        @NotEmpty @Size(max = 1_000) List<@NotNull Double> gradeValues,
                        @Nullable FuzzyOperator operator) {
    }

    /**
     * Entropy weights of n indicators from their values over m ≥ 2 evaluated objects.
     *
     * @param values m rows (objects) × n columns (indicators), finite and ≥ 0
     */
    @Serdeable
    @Schema(name = "EntropyRequest")
    public record Entropy(@NotEmpty @Size(max = 10_000) List<@NotEmpty @Size(max = 1_000) List<@NotNull Double>> values) {
    }

    /** How subjective and objective weights are combined. */
    public enum CombinationForm {
        /** w_j = s_j · o_j / Σ s_k · o_k. */
        MULTIPLICATIVE,
        /** w_j = α · s_j + (1 − α) · o_j. */
        LINEAR
    }

    /**
     * Combined subjective/objective weights. Each side is given either as weights or as the data they come from:
     * {@code subjective} (weights) or {@code subjectiveJudgements} (a pairwise matrix weighed by AHP with {@code method});
     * {@code objective} (weights) or {@code objectiveValues} (an object × indicator matrix weighed by entropy).
     *
     * @param form                 MULTIPLICATIVE or LINEAR
     * @param alpha                α ∈ [0, 1], the subjective share (LINEAR only)
     * @param subjective           subjective weights, summing to 1
     * @param subjectiveJudgements or a pairwise matrix for AHP
     * @param method               the AHP method for {@code subjectiveJudgements}, default EIGENVECTOR
     * @param objective            objective weights, summing to 1
     * @param objectiveValues      or the values for entropy weights
     */
    @Serdeable
    @Schema(name = "CombinedWeightsRequest")
    public record Combined(@NotNull CombinationForm form, @Nullable Double alpha,
                           @Nullable @Size(max = 1_000) List<@NotNull Double> subjective,
                           @Nullable @Size(max = MAX_MATRIX) List<@NotEmpty @Size(max = MAX_MATRIX) List<@NotNull Double>> subjectiveJudgements,
                           @Nullable WeightMethod method,
                           @Nullable @Size(max = 1_000) List<@NotNull Double> objective,
                           @Nullable @Size(max = 10_000) List<@NotEmpty @Size(max = 1_000) List<@NotNull Double>> objectiveValues) {
    }
}
