package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.quality.FuzzyOperator;
import org.dataprice.quality.WeightMethod;

import java.util.List;

/** Response bodies of {@code POST /v1/appraisal/quality/{hierarchy|fuzzy|entropy|combined}}. */
public final class QualityResponses {
    private QualityResponses() {
    }

    /**
     * @param method           the weight method used at every node
     * @param nodes            every node below the root, depth first in tree order
     * @param matrices         each criterion's consistency, in visiting order
     * @param allConsistent    every CR &lt; 0.10 (inconsistent matrices are reported, not rejected)
     * @param explanation      the derivation; its last step holds Σ of the leaves' global weights (1)
     * @param score            Q = Σ g_leaf · s_leaf when every leaf has a score
     * @param scoreExplanation its derivation
     */
    @Serdeable
    @Schema(name = "HierarchyResponse")
    public record Hierarchy(WeightMethod method, List<Node> nodes, List<Matrix> matrices, boolean allConsistent,
                            ExplanationResponse explanation, @Nullable Double score, @Nullable ExplanationResponse scoreExplanation) {
    }

    /**
     * @param id     node id
     * @param label  label
     * @param depth  1 for the root's children
     * @param leaf   no children
     * @param local  weight among its siblings
     * @param global product of local weights from the root (组合权重)
     */
    @Serdeable
    @Schema(name = "HierarchyNodeWeight")
    public record Node(String id, String label, int depth, boolean leaf, double local, double global) {
    }

    /**
     * The AHP result of one criterion's matrix.
     *
     * @param node             the criterion id
     * @param weights          its children's local weights
     * @param lambdaMax        λmax
     * @param ci               CI
     * @param ri               RI
     * @param cr               CR
     * @param consistent       CR &lt; 0.10
     * @param mostInconsistent the judgement to revisit, when any
     */
    @Serdeable
    @Schema(name = "HierarchyMatrix")
    public record Matrix(String node, List<Double> weights, double lambdaMax, double ci, double ri, double cr, boolean consistent,
                         @Nullable AppraisalResponses.Judgement mostInconsistent) {
    }

    /**
     * @param operator    the operator used
     * @param evaluation  B over the grades, summing to 1
     * @param score       S = Σ b_j v_j
     * @param explanation the derivation; its last step holds S
     */
    @Serdeable
    @Schema(name = "FuzzyResponse")
    public record Fuzzy(FuzzyOperator operator, List<Double> evaluation, double score, ExplanationResponse explanation) {
    }

    /**
     * @param method      {@code entropy}, {@code combined.multiplicative} or {@code combined.linear}
     * @param weights     the weights, summing to 1
     * @param explanation the derivation; its last step holds Σ w = 1
     */
    @Serdeable
    @Schema(name = "WeightsResponse")
    public record Weights(String method, List<Double> weights, ExplanationResponse explanation) {
    }

    /**
     * @param method                 {@code combined.multiplicative} or {@code combined.linear}
     * @param weights                the combined weights, summing to 1
     * @param subjective             the subjective weights used
     * @param objective              the objective weights used
     * @param alpha                  α (LINEAR only)
     * @param explanation            the combination; its last step holds Σ w = 1
     * @param subjectiveExplanation  the AHP derivation when {@code subjectiveJudgements} were given
     * @param objectiveExplanation   the entropy derivation when {@code objectiveValues} were given
     */
    @Serdeable
    @Schema(name = "CombinedWeightsResponse")
    public record Combined(String method, List<Double> weights, List<Double> subjective, List<Double> objective,
                           @Nullable Double alpha, ExplanationResponse explanation,
                           @Nullable ExplanationResponse subjectiveExplanation, @Nullable ExplanationResponse objectiveExplanation) {
    }
}
