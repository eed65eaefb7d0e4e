package org.dataprice.split.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.numbers.fraction.BigFraction;
import org.dataprice.error.InvalidInputException;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.shapley.ExactShapley;
import org.junit.jupiter.api.Test;

class KnnShapleyTest {
    private static final double TOLERANCE = 1e-12;

    private static LabelledData line(double[] x, int[] y) {
        double[][] f = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            f[i] = new double[] {x[i]};
        }
        return LabelledData.of(f, y);
    }

    /**
     * Hand-checkable case of Jia et al. (2019) Theorem 1: training points at 1, 2, 3 with labels 1, 0, 1,
     * one test point at 0 with label 1, K = 1: s(α3) = 1/3, s(α2) = 1/3 − 1/2 = −1/6, s(α1) = −1/6 + 1 = 5/6.
     */
    @Test
    void test_compute_handCase() {
        LabelledData train = line(new double[] {1, 2, 3}, new int[] {1, 0, 1});
        LabelledData test = line(new double[] {0}, new int[] {1});
        double[] s = KnnShapley.DEFAULT.compute(train, test, 1).toArray();
        assertThat(s).containsExactly(new double[] {BigFraction.of(5, 6).doubleValue(),
            BigFraction.of(-1, 6).doubleValue(), BigFraction.of(1, 3).doubleValue()}, within(TOLERANCE));
        assertThat(ExactShapley.DEFAULT.compute(KnnUtility.of(train, test, 1)).toArray()).containsExactly(s, within(TOLERANCE));
        assertThat(LeaveOneOut.DEFAULT.compute(KnnUtility.of(train, test, 1)).toArray())
                .containsExactly(new double[] {1, 0, 0}, within(TOLERANCE));
    }

    /** The recursion against exact enumeration of the KNN utility (pyDVL test_knn_shapley.py oracle pattern), with ties. */
    @Test
    void test_compute_matchesEnumeration() {
        SplittableRandom r = new SplittableRandom(17);
        for (int k = 1; k <= 4; k++) {
            int n = 10;
            double[][] f = new double[n][2];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                f[i][0] = r.nextInt(4); // integer grid: many distance ties
                f[i][1] = r.nextInt(4);
                y[i] = r.nextInt(3);
            }
            double[][] g = new double[4][2];
            int[] yt = new int[4];
            for (int q = 0; q < 4; q++) {
                g[q][0] = r.nextInt(4);
                g[q][1] = r.nextInt(4);
                yt[q] = r.nextInt(3);
            }
            LabelledData train = LabelledData.of(f, y);
            LabelledData test = LabelledData.of(g, yt);
            assertThat(KnnShapley.DEFAULT.compute(train, test, k).toArray()).as("K=%d", k)
                    .containsExactly(ExactShapley.DEFAULT.compute(KnnUtility.of(train, test, k)).toArray(), within(TOLERANCE));
        }
    }

    /** TMC-Shapley (Ghorbani &amp; Zou 2019) agrees with the exact KNN-Shapley values within its standard errors. */
    @Test
    void test_truncatedMonteCarlo_agreesWithExact() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 12;
        double[][] f = new double[n][1];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            f[i][0] = r.nextDouble();
            y[i] = f[i][0] > 0.5 ? 1 : 0;
        }
        y[3] = 1 - y[3]; // one mislabelled point
        LabelledData train = LabelledData.of(f, y);
        LabelledData test = line(new double[] {0.1, 0.3, 0.6, 0.9}, new int[] {0, 0, 1, 1});
        double[] exact = KnnShapley.DEFAULT.values(train, test, 3);
        KnnUtility u = KnnUtility.of(train, test, 3);
        SampledValues plain = TruncatedMonteCarloShapley.DEFAULT.compute(u, SamplingOptions.of(9, 20_000), 0);
        for (int i = 0; i < n; i++) {
            assertThat(plain.value(i)).isCloseTo(exact[i], within(4.5 * plain.standardError(i) + 1e-12));
        }
        SampledValues truncated = TruncatedMonteCarloShapley.DEFAULT.compute(u, SamplingOptions.of(9, 20_000), 0.01);
        for (int i = 0; i < n; i++) {
            assertThat(truncated.value(i)).isCloseTo(exact[i], within(4.5 * truncated.standardError(i) + 0.03)); // truncation bias
        }
    }

    @Test
    void test_compute_walkMatchesValue() {
        LabelledData train = line(new double[] {5, 1, 4, 2, 3}, new int[] {0, 1, 1, 0, 1});
        LabelledData test = line(new double[] {2.5, 0}, new int[] {1, 0});
        KnnUtility u = KnnUtility.of(train, test, 2);
        var walk = u.walk();
        walk.reset();
        double sum = 0;
        long mask = 0;
        for (int p : new int[] {3, 0, 4, 1, 2}) {
            sum += walk.join(p);
            mask |= 1L << p;
            assertThat(sum).isCloseTo(u.value(mask), within(TOLERANCE));
        }
    }

    @Test
    void test_compute_invalidK() {
        LabelledData d = line(new double[] {1}, new int[] {1});
        assertThatThrownBy(() -> KnnShapley.DEFAULT.compute(d, d, 0)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("k");
    }

    @Test
    void test_of_raggedFeatures() {
        assertThatThrownBy(() -> LabelledData.of(new double[][] {{1, 2}, {3}}, new int[] {0, 1}))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("features[1]");
    }
}
