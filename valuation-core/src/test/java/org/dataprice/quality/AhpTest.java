package org.dataprice.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link Ahp} against Saaty's published worked example and RI table.
 */
class AhpTest {
    /** Saaty prints weights to 3 decimals. */
    private static final double PUBLISHED_TOLERANCE = 5e-4;
    private static final double TOLERANCE = 1e-12;

    /**
     * Saaty (1990) "How to make a decision: the analytic hierarchy process", EJOR 48:9-26, §2, house
     * example: criteria size, transportation, neighbourhood, age, yard, modern facilities, general
     * condition, financing. Published: w = (.173, .054, .188, .018, .031, .036, .167, .333),
     * λmax = 9.669, CI = 0.238, CR = 0.169 (inconsistent).
     */
    static double[][] saatyHouse() {
        return new double[][] {
            {1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},
            {1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
            {1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5},
            {1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
            {1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
            {1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
            {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
            {4, 7, 5, 8, 6, 6, 2, 1}};
    }

    @Test
    void test_weigh_saaty1990HouseExample() {
        AhpResult r = Ahp.DEFAULT.weigh(PairwiseMatrix.of(saatyHouse()), WeightMethod.EIGENVECTOR);
        double[] published = {.173, .054, .188, .018, .031, .036, .167, .333};
        for (int i = 0; i < published.length; i++) {
            assertThat(r.weights().get(i)).as("Saaty 1990 house w_" + i).isCloseTo(published[i], offset(PUBLISHED_TOLERANCE));
        }
        assertThat(r.lambdaMax()).as("Saaty 1990 house λmax").isCloseTo(9.669, offset(PUBLISHED_TOLERANCE));
        assertThat(r.ci()).as("Saaty 1990 house CI").isCloseTo(0.238, offset(PUBLISHED_TOLERANCE));
        assertThat(r.ri()).isEqualTo(1.41);
        assertThat(r.cr()).as("Saaty 1990 house CR").isCloseTo(0.169, offset(PUBLISHED_TOLERANCE));
        assertThat(r.consistent()).isFalse();
        assertThat(r.method()).isEqualTo(WeightMethod.EIGENVECTOR);
        // neighbourhood vs general condition (a_37 = 6 while w_3/w_7 ≈ 1.1) is the judgement to revisit
        assertThat(r.mostInconsistent().row()).isEqualTo(2);
        assertThat(r.mostInconsistent().column()).isEqualTo(6);
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.cr());
        assertThat(r.explanation().resultStep().key()).isEqualTo(QualitySteps.CONSISTENCY_RATIO);
    }

    @Test
    void test_weigh_geometricMeanNamedAndClose() {
        AhpResult r = Ahp.DEFAULT.weigh(PairwiseMatrix.of(saatyHouse()), WeightMethod.GEOMETRIC_MEAN);
        assertThat(r.method()).isEqualTo(WeightMethod.GEOMETRIC_MEAN);
        assertThat(r.explanation().inputs().get(0).text()).isEqualTo("GEOMETRIC_MEAN");
        // independent recomputation: row 8 geometric mean (4·7·5·8·6·6·2·1)^(1/8) = 80640^(1/8)
        double[] gm = new double[8];
        double sum = 0;
        double[][] a = saatyHouse();
        for (int i = 0; i < 8; i++) {
            double p = 1;
            for (int j = 0; j < 8; j++) {
                p *= a[i][j];
            }
            gm[i] = Math.pow(p, 1.0 / 8);
            sum += gm[i];
        }
        assertThat(gm[7]).isCloseTo(Math.pow(80640, 1.0 / 8), offset(TOLERANCE));
        for (int i = 0; i < 8; i++) {
            assertThat(r.weights().get(i)).isCloseTo(gm[i] / sum, offset(TOLERANCE));
        }
        assertThat(r.cr()).isGreaterThan(Ahp.CR_THRESHOLD);
    }

    @Test
    void test_weigh_consistentMatrixGivesExactWeights() {
        double[] w = {0.4, 0.3, 0.2, 0.1};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        for (WeightMethod m : WeightMethod.values()) {
            AhpResult r = Ahp.DEFAULT.weigh(PairwiseMatrix.of(a), m);
            for (int i = 0; i < 4; i++) {
                assertThat(r.weights().get(i)).isCloseTo(w[i], offset(TOLERANCE));
            }
            assertThat(r.lambdaMax()).isCloseTo(4, offset(1e-12));
            assertThat(r.cr()).isCloseTo(0, offset(1e-12));
            assertThat(r.consistent()).isTrue();
        }
    }

    @Test
    void test_randomIndex_saatyTable() {
        // Saaty (1980) The Analytic Hierarchy Process, p. 21
        double[] expected = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
        for (int n = 1; n <= 15; n++) {
            assertThat(RandomIndex.of(n)).as("RI(" + n + ")").isEqualTo(expected[n - 1]);
        }
        assertThatThrownBy(() -> RandomIndex.of(16)).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void test_weigh_oneAndTwo() {
        assertThat(Ahp.DEFAULT.weigh(PairwiseMatrix.of(new double[][] {{1}}), WeightMethod.EIGENVECTOR).weights().get(0)).isEqualTo(1);
        AhpResult r = Ahp.DEFAULT.weigh(PairwiseMatrix.fromUpperTriangle(2, 3), WeightMethod.EIGENVECTOR);
        assertThat(r.weights().get(0)).isCloseTo(0.75, offset(TOLERANCE));
        assertThat(r.cr()).isZero();
    }

    @Test
    void test_of_nonReciprocalNamesCell() {
        double[][] a = saatyHouse();
        a[5][2] = 2;
        assertThatThrownBy(() -> PairwiseMatrix.of(a)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("judgements[5][2]"));
    }

    /** A typed 0.333 for 1/3 is within tolerance and stored as the exact reciprocal. */
    @Test
    void test_of_roundedReciprocalNormalised() {
        PairwiseMatrix m = PairwiseMatrix.of(new double[][] {{1, 3}, {0.333, 1}});
        assertThat(m.get(1, 0)).isEqualTo(1.0 / 3);
        assertThat(m.upperTriangle()).containsExactly(3);
    }

    @Test
    void test_of_diagonalNotOne() {
        double[][] a = {{2, 1}, {1, 1}};
        assertThatThrownBy(() -> PairwiseMatrix.of(a)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("judgements[0][0]"));
    }

    @Test
    void test_of_outOfScale() {
        double[][] a = {{1, 10}, {0.1, 1}};
        assertThatThrownBy(() -> PairwiseMatrix.of(a)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("judgements[0][1]"));
    }

    @Test
    void test_of_notSquare() {
        double[][] a = {{1, 2}, {0.5}};
        assertThatThrownBy(() -> PairwiseMatrix.of(a)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("judgements[1]"));
    }

    @Test
    void test_of_empty() {
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[0][])).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("judgements"));
    }

    @Test
    void test_of_tooLarge() {
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[16][16])).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void test_fromUpperTriangle_wrongCount() {
        assertThatThrownBy(() -> PairwiseMatrix.fromUpperTriangle(3, 1, 2)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("upper"));
    }

    /** Random reciprocal matrices: weights sum to 1, are positive, and a_ij·a_ji = 1 holds by construction. */
    @Test
    void weightsSumToOneAndReciprocity_properties() {
        qt().withFixedSeed(20261126L).forAll(integers().between(1, 15), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((n, seed) -> {
                    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
                    double[] upper = new double[n * (n - 1) / 2];
                    for (int k = 0; k < upper.length; k++) {
                        double v = 1 + rnd.nextInt(9);
                        upper[k] = rnd.nextBoolean() ? v : 1 / v;
                    }
                    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(n, upper);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            assertThat(m.get(i, j) * m.get(j, i)).isCloseTo(1, offset(1e-12));
                        }
                    }
                    for (WeightMethod method : WeightMethod.values()) {
                        AhpResult r = Ahp.DEFAULT.weigh(m, method);
                        double sum = 0;
                        for (int i = 0; i < n; i++) {
                            assertThat(r.weights().get(i)).isPositive();
                            sum += r.weights().get(i);
                        }
                        assertThat(sum).isCloseTo(1, offset(1e-12));
                        assertThat(r.lambdaMax()).isGreaterThanOrEqualTo(n - 1e-9);
                    }
                });
    }

    @Test
    void test_weights_invalid() {
        assertThatThrownBy(() -> Weights.of(0.5, 0.6)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights"));
        assertThatThrownBy(() -> Weights.of(1.5, -0.5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights[1]"));
        assertThat(doubles()).isNotNull();
    }
}
