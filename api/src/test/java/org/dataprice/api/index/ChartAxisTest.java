package org.dataprice.api.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Heckbert's nice numbers: round ticks that cover the data. */
class ChartAxisTest {

    @Test
    void test_nice_issueExample_roundTicksInsteadOf90_5_98_105_6() {
        ChartAxis a = ChartAxis.nice(90.5, 105.6, 5);

        assertThat(a.ticks()).extracting(BigDecimal::toPlainString).containsExactly("90", "95", "100", "105", "110");
        assertThat(a.step()).isEqualByComparingTo("5");
    }

    @Test
    void test_nice_heckbertExamples() {
        // Graphics Gems I, p. 62: data 0..1 with 5 ticks step 0.2 (range nice 1, 1/4 rounds to 0.2)
        assertThat(ChartAxis.nice(0, 1, 5).ticks()).extracting(BigDecimal::toPlainString)
                .containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
        assertThat(ChartAxis.nice(-3.7, 2.2, 6).ticks()).extracting(BigDecimal::toPlainString)
                .containsExactly("-4", "-2", "0", "2", "4");
        assertThat(ChartAxis.nice(99.2, 100.9, 5).ticks()).extracting(BigDecimal::toPlainString)
                .containsExactly("99.0", "99.5", "100.0", "100.5", "101.0");
    }

    @Test
    void test_nice_emptyRange_widenedByOne() {
        ChartAxis a = ChartAxis.nice(100, 100, 5);

        assertThat(a.min()).isEqualByComparingTo("99");
        assertThat(a.max()).isEqualByComparingTo("101");
    }

    @Test
    void test_nice_badInput_refused() {
        assertThatThrownBy(() -> ChartAxis.nice(Double.NaN, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartAxis.nice(2, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartAxis.nice(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<double[]> randomRanges() {
        Random random = new Random(20261205L);
        return Stream.generate(() -> {
            double scale = Math.pow(10, random.nextInt(9) - 4);
            double lo = (random.nextDouble() * 200 - 100) * scale;
            return new double[]{lo, lo + random.nextDouble() * 50 * scale};
        }).limit(300);
    }

    @ParameterizedTest
    @MethodSource("randomRanges")
    void test_nice_seeded_coversDataWithMultiplesOfA125Step(double[] range) {
        ChartAxis a = ChartAxis.nice(range[0], range[1], 6);

        assertThat(a.min().doubleValue()).isLessThanOrEqualTo(range[0]);
        assertThat(a.max().doubleValue()).isGreaterThanOrEqualTo(range[1]);
        BigDecimal mantissa = a.step().movePointLeft(a.step().precision() - a.step().scale() - 1).stripTrailingZeros();
        assertThat(mantissa.toPlainString()).isIn("1", "2", "5");
        assertThat(a.ticks()).hasSizeBetween(3, 12);
        for (BigDecimal t : a.ticks()) {
            assertThat(t.remainder(a.step()).signum()).as("%s is a multiple of %s", t, a.step()).isZero();
        }
    }
}
