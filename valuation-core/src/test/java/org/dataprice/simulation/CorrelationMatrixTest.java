package org.dataprice.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Validation and Cholesky factorisation of correlation matrices. */
class CorrelationMatrixTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void test_of_twoByTwoCholesky() {
        // R = [[1, ρ], [ρ, 1]] has L = [[1, 0], [ρ, √(1 − ρ²)]]
        CorrelationMatrix r = CorrelationMatrix.of(new double[][] {{1, 0.5}, {0.5, 1}});
        assertThat(r.choleskyFactor(0, 0)).isEqualTo(1);
        assertThat(r.choleskyFactor(1, 0)).isCloseTo(0.5, offset(TOLERANCE));
        assertThat(r.choleskyFactor(1, 1)).isCloseTo(Math.sqrt(0.75), offset(TOLERANCE));
        assertThat(r.choleskyFactor(0, 1)).isZero();
    }

    @Test
    void test_of_singularMatrixAccepted() {
        // perfectly correlated inputs: PSD but singular
        CorrelationMatrix r = CorrelationMatrix.of(new double[][] {{1, 1, 0}, {1, 1, 0}, {0, 0, 1}});
        double[] w = new double[3];
        r.correlate(new double[] {0.7, -2, 0.3}, w);
        assertThat(w[1]).isCloseTo(w[0], offset(TOLERANCE));
        assertThat(w[2]).isCloseTo(0.3, offset(TOLERANCE));
    }

    /** Property: L·Lᵀ reproduces R for random Gram-type correlation matrices (seeded). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void test_of_choleskyReconstructsMatrix(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(8);
        int rank = 1 + random.nextInt(n); // rank-deficient matrices included
        double[][] v = new double[n][rank];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < rank; k++) {
                v[i][k] = random.nextDouble(-1, 1);
                norm += v[i][k] * v[i][k];
            }
            for (int k = 0; k < rank; k++) {
                v[i][k] /= Math.sqrt(norm);
            }
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < rank; k++) {
                    s += v[i][k] * v[j][k];
                }
                m[i][j] = i == j ? 1 : Math.max(-1, Math.min(1, s));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                m[j][i] = m[i][j];
            }
        }
        CorrelationMatrix r = CorrelationMatrix.of(m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += r.choleskyFactor(i, k) * r.choleskyFactor(j, k);
                }
                assertThat(s).as("(L·Lᵀ)[%d][%d]", i, j).isCloseTo(m[i][j], offset(1e-6));
            }
        }
    }

    @Test
    void test_of_notPositiveSemiDefinite() {
        double[][] m = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
        assertThatThrownBy(() -> CorrelationMatrix.of(m)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.NOT_POSITIVE_SEMIDEFINITE))
                .extracting("field").isEqualTo("correlation");
    }

    @Test
    void test_of_notSymmetric() {
        double[][] m = {{1, 0.2}, {0.3, 1}};
        assertThatThrownBy(() -> CorrelationMatrix.of(m)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.NOT_SYMMETRIC))
                .extracting("field").isEqualTo("correlation");
    }

    @Test
    void test_of_diagonalNotOne() {
        double[][] m = {{1, 0.2}, {0.2, 0.9}};
        assertThatThrownBy(() -> CorrelationMatrix.of(m)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.NOT_UNIT_DIAGONAL))
                .extracting("field").isEqualTo("correlation[1][1]");
    }

    @Test
    void test_of_entryOutOfRange() {
        double[][] m = {{1, 1.5}, {1.5, 1}};
        assertThatThrownBy(() -> CorrelationMatrix.of(m)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.OUT_OF_RANGE))
                .extracting("field").isEqualTo("correlation[0][1]");
    }

    @Test
    void test_of_notSquare() {
        double[][] m = {{1, 0}, {0}};
        assertThatThrownBy(() -> CorrelationMatrix.of(m)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.SIZE_MISMATCH))
                .extracting("field").isEqualTo("correlation[1]");
    }

    @Test
    void test_of_empty() {
        assertThatThrownBy(() -> CorrelationMatrix.of(new double[0][])).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("correlation");
    }

    @Test
    void test_identity_tooLarge() {
        assertThatThrownBy(() -> CorrelationMatrix.identity(CorrelationMatrix.MAX_SIZE + 1))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("n");
    }
}
