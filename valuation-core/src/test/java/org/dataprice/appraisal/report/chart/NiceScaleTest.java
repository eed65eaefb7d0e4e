package org.dataprice.appraisal.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NiceScale}: 1-2-5 steps (Heckbert 1990), hand-computed axes, and seeded random ranges always covered. */
class NiceScaleTest {

    @ParameterizedTest
    @CsvSource({"0.7, 1", "1, 1", "1.2, 2", "2, 2", "2.1, 5", "5, 5", "5.01, 10", "0.031, 0.05", "19.8, 20", "151, 200",
            "0.00042, 0.0005"})
    void test_niceStep_isTheSmallest125NumberAtLeastRaw(double raw, String expected) {
        assertThat(NiceScale.niceStep(raw)).isEqualByComparingTo(expected);
    }

    /** The index page's complaint: 90.5 … 105.6 must give round ticks, 90, 95, …, 110 (span 15.1 / 5 = 3.02 → 5). */
    @Test
    void test_of_indexRange_roundTicks() {
        NiceScale s = NiceScale.of(90.5, 105.6, 6);
        assertThat(s.ticks()).extracting(BigDecimal::toPlainString).containsExactly("90", "95", "100", "105", "110");
    }

    /** Tornado of the analysis fixture: 180.57 … 210.38 → step 10 (29.81 / 5 = 5.96 → 10), axis 180 to 220. */
    @Test
    void test_of_tornadoRange() {
        NiceScale s = NiceScale.of(180.57, 210.38, 6);
        assertThat(s.step()).isEqualByComparingTo("10");
        assertThat(s.min()).isEqualByComparingTo("180");
        assertThat(s.max()).isEqualByComparingTo("220");
        assertThat(s.position(200, 400)).isEqualTo(200.0);
    }

    /** Decimal ticks print as written, never 0.30000000000000004. */
    @Test
    void test_ticks_decimal() {
        assertThat(NiceScale.of(0, 1, 6).ticks()).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1.0");
        assertThat(NiceScale.of(0.1, 0.3, 3).ticks()).extracting(BigDecimal::toPlainString).containsExactly("0.1", "0.2", "0.3");
    }

    @Test
    void test_of_degenerateRange_widened() {
        NiceScale s = NiceScale.of(100, 100, 5);
        assertThat(s.min().compareTo(BigDecimal.valueOf(100))).isLessThanOrEqualTo(0);
        assertThat(s.max().compareTo(BigDecimal.valueOf(100))).isGreaterThan(0);
        NiceScale zero = NiceScale.of(0, 0, 5);
        assertThat(zero.max()).isGreaterThan(zero.min());
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2026L})
    void test_of_seeded_coversDataWithinMaxTicks(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            double lo = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9) - 3);
            double hi = lo + random.nextDouble() * Math.pow(10, random.nextInt(9) - 3);
            int maxTicks = 2 + random.nextInt(10);
            NiceScale s = NiceScale.of(lo, hi, maxTicks);
            assertThat(s.min().doubleValue()).isLessThanOrEqualTo(lo);
            assertThat(s.max().doubleValue()).isGreaterThanOrEqualTo(hi);
            String digits = s.step().unscaledValue().toString();
            assertThat(List.of("1", "2", "5")).contains(digits.replaceAll("0+$", ""));
            // intervals: the data range needs at most maxTicks - 1 steps, plus at most one for the rounding at each end
            assertThat(s.ticks().size()).isLessThanOrEqualTo(maxTicks + 2);
        }
    }

    @Test
    void test_of_refusesBadInput() {
        assertThatThrownBy(() -> NiceScale.of(2, 1, 5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("hi");
        assertThatThrownBy(() -> NiceScale.of(0, Double.NaN, 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> NiceScale.of(0, 1, 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("maxTicks");
    }
}
