package org.dataprice.supervision.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Hampel filter: the false-alarm rate 2(1 − Φ(t)) against tabulated normal tails (Abramowitz &amp; Stegun
 * 1964, Table 26.1: 1 − Φ(3) = 0.0013498980316301), the realised rate on seeded normal cells, tiny cells,
 * zero MAD, and invariance of the score under shift and scale.
 */
class HampelFilterTest {
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest
    @CsvSource({"3, 0.0026997960632601866", "2, 0.04550026389635842", "3.5, 0.0004652581580710802",
            "4, 0.00006334248366623996"})
    void test_falseAlarmRate_normalTails(double t, double expected) {
        assertThat(new HampelFilter(t, 5).falseAlarmRate()).isCloseTo(expected, within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(longs = {20260101, 20260102, 20260103})
    void falseAlarmRate_onNormalCells_isNearTheStatedRate(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        HampelFilter f = HampelFilter.DEFAULT;
        int flagged = 0;
        int total = 0;
        for (int cell = 0; cell < 500; cell++) {
            double[] x = new double[200];
            for (int i = 0; i < x.length; i++) {
                x[i] = 3 + 0.25 * rng.nextGaussian();
            }
            CellStatistics s = f.summarize(x);
            for (double v : x) {
                flagged += f.isOutlier(s, v) ? 1 : 0;
                total++;
            }
        }
        double rate = (double) flagged / total;
        // 100 000 values: the stated 0.27 % ± sampling noise of the cell medians and MADs
        assertThat(rate).as("seed %d", seed).isBetween(0.0018, 0.0040);
    }

    @Test
    void test_summarize_outlierScoreByHand() {
        // median 3, MAD 1.4826 · 1; score of 100 = 97 / 1.4826
        CellStatistics s = HampelFilter.DEFAULT.summarize(new double[] {1, 2, 3, 4, 100});
        assertThat(s.scaleSource()).isEqualTo(ScaleSource.MAD);
        assertThat(HampelFilter.DEFAULT.score(s, 100)).isCloseTo(97 / 1.4826, within(TOLERANCE));
        assertThat(HampelFilter.DEFAULT.isOutlier(s, 100)).isTrue();
        assertThat(HampelFilter.DEFAULT.isOutlier(s, 4)).isFalse();
        // exactly at the threshold is not an outlier (strict >)
        assertThat(HampelFilter.DEFAULT.isOutlier(s, 3 + 3 * 1.4826)).isFalse();
    }

    @Test
    void test_summarize_tinyCell_noScaleAndWarning() {
        CellStatistics s = HampelFilter.DEFAULT.summarize(new double[] {1, 2, 3, 50});
        assertThat(s.usable()).isFalse();
        assertThat(HampelFilter.DEFAULT.isOutlier(s, 50)).isFalse();
        assertThat(HampelFilter.DEFAULT.warning(s)).contains("fewer than 5");
        assertThatThrownBy(() -> HampelFilter.DEFAULT.score(s, 50)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_summarize_zeroMad_fallsBackToMeanAbsoluteDeviation() {
        // median 1, MAD 0; mean |x − 1| = (1 + 2) / 7; scale = 1.2533141373155 · 3/7
        CellStatistics s = HampelFilter.DEFAULT.summarize(new double[] {1, 1, 1, 1, 1, 2, 3});
        assertThat(s.mad()).isZero();
        assertThat(s.scaleSource()).isEqualTo(ScaleSource.MEAN_ABSOLUTE_DEVIATION);
        assertThat(s.scale()).isCloseTo(1.2533141373155 * 3 / 7, within(TOLERANCE));
        assertThat(HampelFilter.DEFAULT.isOutlier(s, 3)).isTrue(); // 2 / 0.537 = 3.72 > 3
        assertThat(HampelFilter.DEFAULT.isOutlier(s, 2)).isFalse();
    }

    @Test
    void test_summarize_allEqual_noSpreadWarning() {
        CellStatistics s = HampelFilter.DEFAULT.summarize(new double[] {2, 2, 2, 2, 2, 2});
        assertThat(s.usable()).isFalse();
        assertThat(HampelFilter.DEFAULT.warning(s)).contains("all 6 prices equal");
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 13})
    void score_isInvariantUnderShiftAndScale(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[31];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        double a = rng.nextDouble() * 10 - 5;
        double b = 0.1 + rng.nextDouble() * 5;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = a + b * x[i];
        }
        CellStatistics sx = HampelFilter.DEFAULT.summarize(x);
        CellStatistics sy = HampelFilter.DEFAULT.summarize(y);
        for (int i = 0; i < x.length; i++) {
            assertThat(HampelFilter.DEFAULT.score(sy, y[i])).isCloseTo(HampelFilter.DEFAULT.score(sx, x[i]), within(1e-9));
        }
    }

    @Test
    void test_constructor_invalid() {
        assertThatThrownBy(() -> new HampelFilter(0, 5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("threshold"));
        assertThatThrownBy(() -> new HampelFilter(3, 2)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("minSample"));
    }
}
