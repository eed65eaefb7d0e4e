package org.dataprice.supervision.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Median and MAD against values computed by hand by the definitions of R's {@code median} and {@code mad} (default
 * constant 1.4826; R itself was not available here), tolerance 1e-12; the O(n) MAD merge against a brute-force sort on seeded samples.
 */
class RobustStatisticsTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void test_median_oddEvenAndTies() {
        assertThat(RobustStatistics.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(RobustStatistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(RobustStatistics.median(new double[] {1, 1, 1, 5})).isEqualTo(1);
        assertThat(RobustStatistics.median(new double[] {7})).isEqualTo(7);
    }

    @Test
    void test_mad_R() {
        // R: mad(c(1,2,3,4,100)) = 1.4826 (median 3, |x − 3| = 2,1,0,1,97, median 1)
        assertThat(RobustStatistics.mad(new double[] {1, 2, 3, 4, 100})).isCloseTo(1.4826, within(TOLERANCE));
        // R: mad(c(2,4,4,4,5,5,7,9)) = 0.7413 (median 4.5; deviations 0.5 ×5, 2.5, 2.5, 4.5; median 0.5)
        assertThat(RobustStatistics.mad(new double[] {2, 4, 4, 4, 5, 5, 7, 9})).isCloseTo(0.7413, within(TOLERANCE));
        // R: mad(c(1,2,3,4)) = 1.4826 (median 2.5; deviations .5,.5,1.5,1.5; median 1)
        assertThat(RobustStatistics.mad(new double[] {1, 2, 3, 4})).isCloseTo(1.4826, within(TOLERANCE));
        // ties: more than half equal → 0
        assertThat(RobustStatistics.mad(new double[] {1, 1, 1, 5})).isZero();
    }

    @Test
    void test_mad_invalid() {
        assertThatThrownBy(() -> RobustStatistics.mad(new double[0])).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RobustStatistics.median(new double[] {1, Double.NaN}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).startsWith("values"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void rawMadMerge_equalsBruteForce(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + rng.nextInt(40);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                // rounded so that ties are frequent
                x[i] = Math.round(rng.nextGaussian() * 4) / 2.0;
            }
            Arrays.sort(x);
            double m = RobustStatistics.medianOfSorted(x, 0, n);
            double[] dev = new double[n];
            for (int i = 0; i < n; i++) {
                dev[i] = Math.abs(x[i] - m);
            }
            Arrays.sort(dev);
            double expected = RobustStatistics.medianOfSorted(dev, 0, n);
            assertThat(RobustStatistics.rawMadOfSorted(x, 0, n, m, new double[n])).as("seed %d trial %d", seed, trial)
                    .isEqualTo(expected);
        }
    }
}
