package org.dataprice.api.index;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The unrounded read: {@link ValuePrecision#shortest} is the shortest decimal that reads back as the
 * double (checked on known values, among them one where the JDK 17 {@code Double.toString} prints 18
 * digits, JDK-4511638, and on seeded random doubles against a brute-force search), and {@code parse}
 * lists the allowed values.
 */
class ValuePrecisionTest {

    @ParameterizedTest
    @CsvSource({
            "0.1, 0.1",
            "100.0, 100",
            "112.68250301319696, 112.68250301319696",
            "0.3333333333333333, 0.3333333333333333",
            "1e22, 10000000000000000000000",
            "2.82879384806159E17, 282879384806159000",
            "1.0E-5, 0.00001",
    })
    void test_shortest_knownValues(double value, String expected) {
        assertThat(ValuePrecision.shortest(value)).isEqualTo(expected);
        assertThat(Double.parseDouble(expected)).isEqualTo(value);
    }

    @Test
    void test_shortest_smallestSubnormal() {
        assertThat(ValuePrecision.shortest(Double.MIN_VALUE)).isEqualTo("0." + "0".repeat(323) + "5");
    }

    /** Property: round trip, and no shorter decimal (fewer significant digits) reads back as the value. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026})
    void test_shortest_roundTripsAndIsShortest_seeded(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            double v = i % 2 == 0 ? 50 + 100 * rnd.nextDouble() : Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE);
            if (!Double.isFinite(v) || v == 0) {
                continue;
            }
            String s = ValuePrecision.shortest(v);
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(v);
            assertThat(s).doesNotContain("E");
            int digits = new BigDecimal(s).stripTrailingZeros().precision();
            if (digits > 1) {
                BigDecimal exact = new BigDecimal(v);
                for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR,
                        java.math.RoundingMode.CEILING}) {
                    BigDecimal shorter = exact.round(new java.math.MathContext(digits - 1, mode));
                    assertThat(shorter.doubleValue()).as("%s has a shorter form %s", s, shorter).isNotEqualTo(v);
                }
            }
        }
    }

    @Test
    void test_format_publishedRounds_fullDoesNot() {
        assertThat(ValuePrecision.PUBLISHED.format(112.68250301319696, 2)).isEqualTo("112.68");
        assertThat(ValuePrecision.FULL.format(112.68250301319696, 2)).isEqualTo("112.68250301319696");
    }

    @Test
    void test_parse_defaultAndCases_unknownListsAllowed() {
        assertThat(ValuePrecision.parse(null)).isEqualTo(ValuePrecision.PUBLISHED);
        assertThat(ValuePrecision.parse("Full")).isEqualTo(ValuePrecision.FULL);
        assertThatThrownBy(() -> ValuePrecision.parse("exact")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("precision");
            assertThat(e.rule()).isEqualTo(Rule.UNKNOWN);
            assertThat(e.getMessage()).contains("[published, full]");
        });
    }
}
