package org.dataprice.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Tests of the hierarchy, fuzzy, entropy, combined-weight and composite-score models. */
class QualityModelsTest {
    private static final double TOLERANCE = 1e-12;

    private static PairwiseMatrix consistent(double... w) {
        double[][] a = new double[w.length][w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        return PairwiseMatrix.of(a);
    }

    @Test
    void test_weigh_hierarchyGlobalWeightsAreProducts() {
        Map<QualityDimension, PairwiseMatrix> sub = new EnumMap<>(QualityDimension.class);
        sub.put(QualityDimension.ACCURACY, consistent(0.4, 0.2, 0.2, 0.1, 0.1));
        sub.put(QualityDimension.COMPLETENESS, consistent(0.5, 0.5));
        HierarchyNode root = QualityDimension.hierarchy(consistent(0.1, 0.2, 0.3, 0.15, 0.15, 0.1), sub);
        HierarchyWeights hw = HierarchicalAhp.DEFAULT.weigh(root, WeightMethod.EIGENVECTOR);
        // accuracy (0.3) × duplicate rate (0.2) = 0.06, recomputed by hand
        assertThat(hw.node("accuracy.duplicateRate").global()).isCloseTo(0.06, offset(TOLERANCE));
        assertThat(hw.node("completeness.recordCompleteness").global()).isCloseTo(0.1, offset(TOLERANCE));
        assertThat(hw.node("timeliness").leaf()).isTrue();
        double sum = hw.leaves().stream().mapToDouble(NodeWeight::global).sum();
        assertThat(sum).isCloseTo(1, offset(TOLERANCE));
        assertThat(hw.allConsistent()).isTrue();
        assertThat(hw.explanation().resultStep().result().doubleValue()).isCloseTo(sum, offset(TOLERANCE));
        assertThat(hw.leaves()).hasSize(4 + 2 + 5);
    }

    @Test
    void test_weigh_hierarchyDuplicateId() {
        HierarchyNode root = HierarchyNode.criterion("g", "goal", consistent(0.5, 0.5),
                List.of(HierarchyNode.leaf("x", "x"), HierarchyNode.leaf("x", "y")));
        assertThatThrownBy(() -> HierarchicalAhp.DEFAULT.weigh(root, WeightMethod.EIGENVECTOR))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("id"));
    }

    @Test
    void test_node_leafWithJudgements() {
        assertThatThrownBy(() -> new HierarchyNode("x", "x", consistent(1), List.of())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("judgements"));
        assertThatThrownBy(() -> HierarchicalAhp.DEFAULT.weigh(HierarchyNode.leaf("x", "x"), WeightMethod.EIGENVECTOR))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("root"));
    }

    @Test
    void test_fromHierarchy_missingLeafScore() {
        HierarchyWeights hw = HierarchicalAhp.DEFAULT.weigh(QualityDimension.dimensions(consistent(1, 1, 1, 1, 1, 1)), WeightMethod.EIGENVECTOR);
        assertThatThrownBy(() -> QualityInputs.fromHierarchy(hw, Map.of("accuracy", 1.0))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("leafScores.normativity"));
    }

    /** The inconsistent Saaty house matrix under a hierarchy is flagged, not rejected. */
    @Test
    void test_weigh_hierarchyReportsInconsistentMatrix() {
        java.util.List<HierarchyNode> leaves = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            leaves.add(HierarchyNode.leaf("c" + i, "criterion " + i));
        }
        HierarchyWeights hw = HierarchicalAhp.DEFAULT.weigh(HierarchyNode.criterion("house", "house",
                PairwiseMatrix.of(AhpTest.saatyHouse()), leaves), WeightMethod.EIGENVECTOR);
        assertThat(hw.allConsistent()).isFalse();
        assertThat(hw.matrices().get("house").cr()).isCloseTo(0.169, offset(5e-4));
    }

    @Test
    void test_weigh_hierarchyTooDeep() {
        HierarchyNode node = HierarchyNode.leaf("leaf", "leaf");
        for (int d = 0; d < HierarchicalAhp.MAX_DEPTH + 1; d++) {
            node = HierarchyNode.criterion("n" + d, "n" + d, consistent(1), List.of(node));
        }
        HierarchyNode root = node;
        assertThatThrownBy(() -> HierarchicalAhp.DEFAULT.weigh(root, WeightMethod.EIGENVECTOR))
                .isInstanceOf(org.dataprice.error.LimitExceededException.class);
    }

    @Test
    void test_membership_entryOutOfRange() {
        assertThatThrownBy(() -> MembershipMatrix.of(new double[][] {{1.2, -0.2}})).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("memberships[0][0]"));
        assertThatThrownBy(() -> FuzzyEvaluation.DEFAULT.evaluate(Weights.of(0.5, 0.3, 0.2), membership(), new double[] {1, 0.5},
                FuzzyOperator.WEIGHTED_AVERAGE)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("gradeValues"));
    }

    @Test
    void test_node_matrixSizeMismatch() {
        assertThatThrownBy(() -> HierarchyNode.criterion("g", "goal", consistent(0.5, 0.5), List.of(HierarchyNode.leaf("x", "x"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("judgements"));
    }

    /**
     * Weighted average M(·,+), recomputed by hand: W = (0.5, 0.3, 0.2),
     * R = [[0.6,0.3,0.1,0],[0.2,0.5,0.2,0.1],[0.1,0.3,0.4,0.2]] →
     * B = (0.38, 0.36, 0.19, 0.07); S = 0.38·1 + 0.36·0.8 + 0.19·0.6 + 0.07·0.4 = 0.81.
     */
    @Test
    void test_evaluate_weightedAverage() {
        FuzzyResult r = FuzzyEvaluation.DEFAULT.evaluate(Weights.of(0.5, 0.3, 0.2), membership(),
                new double[] {1, 0.8, 0.6, 0.4}, FuzzyOperator.WEIGHTED_AVERAGE);
        assertThat(r.evaluation().toArray()).containsExactly(new double[] {0.38, 0.36, 0.19, 0.07}, offset(TOLERANCE));
        assertThat(r.score()).isCloseTo(0.81, offset(TOLERANCE));
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.score());
    }

    /**
     * M(∧,∨) by hand: b = (max(min(.5,.6),min(.3,.2),min(.2,.1)), …) = (0.5, 0.3, 0.2, 0.2), Σ = 1.2,
     * B = (5/12, 3/12, 2/12, 2/12); S = (5 + 2.4 + 1.2 + 0.8)/12 = 9.4/12.
     */
    @Test
    void test_evaluate_minMax() {
        FuzzyResult r = FuzzyEvaluation.DEFAULT.evaluate(Weights.of(0.5, 0.3, 0.2), membership(),
                new double[] {1, 0.8, 0.6, 0.4}, FuzzyOperator.MIN_MAX);
        assertThat(r.evaluation().get(0)).isCloseTo(5.0 / 12, offset(TOLERANCE));
        assertThat(r.score()).isCloseTo(9.4 / 12, offset(TOLERANCE));
    }

    private static MembershipMatrix membership() {
        return MembershipMatrix.of(new double[][] {{0.6, 0.3, 0.1, 0}, {0.2, 0.5, 0.2, 0.1}, {0.1, 0.3, 0.4, 0.2}});
    }

    @Test
    void test_membership_rowNotSummingToOne() {
        assertThatThrownBy(() -> MembershipMatrix.of(new double[][] {{0.6, 0.3}}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("memberships[0]"));
    }

    @Test
    void test_evaluate_sizeMismatch() {
        assertThatThrownBy(() -> FuzzyEvaluation.DEFAULT.evaluate(Weights.of(0.5, 0.5), membership(),
                new double[] {1, 0.8, 0.6, 0.4}, FuzzyOperator.MIN_MAX)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights"));
    }

    /**
     * Entropy weights by hand: column 1 = (1, 1) is uniform (e = 1, d = 0); column 2 = (1, 3):
     * p = (1/4, 3/4), e = −(¼ln¼ + ¾ln¾)/ln2 = 0.811278…, d = 0.188722…; so w = (0, 1).
     * Column 3 = (0, 2): e = 0, d = 1. With all three: w = (0, d2, 1)/(1 + d2).
     */
    @Test
    void test_weigh_entropy() {
        WeightResult r = EntropyWeight.DEFAULT.weigh(new double[][] {{1, 1, 0}, {1, 3, 2}});
        double e2 = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2);
        double d2 = 1 - e2;
        assertThat(e2).isCloseTo(0.8112781244591328, offset(TOLERANCE));
        assertThat(r.weights().get(0)).isCloseTo(0, offset(TOLERANCE));
        assertThat(r.weights().get(1)).isCloseTo(d2 / (1 + d2), offset(TOLERANCE));
        assertThat(r.weights().get(2)).isCloseTo(1 / (1 + d2), offset(TOLERANCE));
        assertThat(r.explanation().resultStep().result().doubleValue()).isCloseTo(1, offset(TOLERANCE));
    }

    @Test
    void test_weigh_entropyInvalid() {
        assertThatThrownBy(() -> EntropyWeight.DEFAULT.weigh(new double[][] {{1, 2}})).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values"));
        assertThatThrownBy(() -> EntropyWeight.DEFAULT.weigh(new double[][] {{1, -2}, {1, 1}})).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values[0][1]"));
        assertThatThrownBy(() -> EntropyWeight.DEFAULT.weigh(new double[][] {{1, 0}, {1, 0}})).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values[*][1]"));
        assertThatThrownBy(() -> EntropyWeight.DEFAULT.weigh(new double[][] {{1, 2}, {1, 2}})).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values"));
    }

    /** Multiplicative: (0.6·0.2, 0.4·0.8) = (0.12, 0.32)/0.44; linear α = 0.5: (0.4, 0.6). */
    @Test
    void test_combined() {
        Weights s = Weights.of(0.6, 0.4);
        Weights o = Weights.of(0.2, 0.8);
        assertThat(CombinedWeights.DEFAULT.multiplicative(s, o).weights().get(0)).isCloseTo(0.12 / 0.44, offset(TOLERANCE));
        assertThat(CombinedWeights.DEFAULT.linear(s, o, 0.5).weights().get(0)).isCloseTo(0.4, offset(TOLERANCE));
        WeightResult m = CombinedWeights.DEFAULT.multiplicative(s, o);
        assertThat(m.method()).isEqualTo("combined.multiplicative");
        assertThat(m.explanation().resultStep().result().doubleValue()).isCloseTo(1, offset(TOLERANCE));
        assertThatThrownBy(() -> CombinedWeights.DEFAULT.multiplicative(Weights.of(1, 0), Weights.of(0, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("objective"));
        assertThatThrownBy(() -> CombinedWeights.DEFAULT.linear(s, o, 1.5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("alpha"));
        assertThatThrownBy(() -> CombinedWeights.DEFAULT.linear(s, Weights.of(1), 0.5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("objective"));
    }

    @Test
    void test_score_fromHierarchy() {
        HierarchyNode root = QualityDimension.dimensions(consistent(0.2, 0.2, 0.2, 0.2, 0.1, 0.1));
        HierarchyWeights hw = HierarchicalAhp.DEFAULT.weigh(root, WeightMethod.EIGENVECTOR);
        Map<String, Double> s = new HashMap<>();
        for (QualityDimension d : QualityDimension.values()) {
            s.put(d.id(), 0.5);
        }
        s.put("normativity", 1.0);
        QualityScore q = QualityScoring.DEFAULT.score(QualityInputs.fromHierarchy(hw, s));
        assertThat(q.score()).isCloseTo(0.2 + 0.8 * 0.5, offset(TOLERANCE));
        assertThat(q.explanation().resultStep().result().doubleValue()).isEqualTo(q.score());
        assertThat(q.explanation().get(QualitySteps.WEIGHT_DERIVATION).children()).isNotEmpty();
        assertThat(q.explanation().find(QualitySteps.CONSISTENCY_RATIO)).isPresent();
    }

    @Test
    void test_score_invalid() {
        assertThatThrownBy(() -> new QualityInputs(List.of(new CriterionScore("a", "a", 0.5, 1))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("criteria.weight"));
        assertThatThrownBy(() -> new CriterionScore("a", "a", 1, 1.2)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("score"));
    }

    /** Q is monotone non-decreasing in each score. */
    @Test
    void qualityMonotoneInScore_properties() {
        qt().withFixedSeed(7L).forAll(doubles().between(0, 1), doubles().between(0, 1), doubles().between(0, 1))
                .checkAssert((s1, s2, w) -> {
                    double lo = Math.min(s1, s2);
                    double hi = Math.max(s1, s2);
                    double qLo = QualityScoring.DEFAULT.score(new QualityInputs(List.of(new CriterionScore("a", "a", w, lo),
                            new CriterionScore("b", "b", 1 - w, 0.5)))).score();
                    double qHi = QualityScoring.DEFAULT.score(new QualityInputs(List.of(new CriterionScore("a", "a", w, hi),
                            new CriterionScore("b", "b", 1 - w, 0.5)))).score();
                    assertThat(qHi).isGreaterThanOrEqualTo(qLo);
                });
    }
}
