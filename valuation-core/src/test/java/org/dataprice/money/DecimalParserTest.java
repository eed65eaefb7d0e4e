package org.dataprice.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounded number parser: limits checked before arithmetic, messages never echo a long number. */
class DecimalParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "-1234.56", "1.5e3", "1E+300", "9.999e300", "1e-300", "+7", "0.10",
            "1234567890123456789012345678901234567890", "12345678901234567890123456789012345678900000", "0e-999999999"})
    void test_decimal_acceptedWithinLimits(String text) {
        BigDecimal value = DecimalParser.decimal(text, "amount");
        assertThat(value.compareTo(new BigDecimal(text.startsWith("0e") ? "0" : text))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e999999999", "1e301", "1e-301", "1e2147483648", "-1e99999999999999",
            "12345678901234567890123456789012345678901", "0.12345678901234567890123456789012345678901"})
    void test_decimal_outsideLimitsRejectedWithRuleAndShortMessage(String text) {
        assertThatThrownBy(() -> DecimalParser.decimal(text, "price.amount"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException invalid = (InvalidInputException) e;
                    assertThat(invalid.rule()).isEqualTo(Rule.NUMBER_LIMITS);
                    assertThat(invalid.field()).isEqualTo("price.amount");
                    assertThat(invalid.getMessage()).startsWith("price.amount must be a number with at most 40 "
                            + "significant digits and a decimal exponent from -300 to 300, was ")
                            .hasSizeLessThan(200);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1.2.3", "--1", "1e", "1e+", "0x10", "NaN", "Infinity", "-Infinity",
            "1,5", "true", "1 000", ".", "e5"})
    void test_decimal_notANumberIsInvalidFormat(String text) {
        assertThatThrownBy(() -> DecimalParser.decimal(text, "rate"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.INVALID_FORMAT));
    }

    @Test
    void test_decimal_megabyteTextRejectedWithoutEchoingIt() {
        String text = "1".repeat(1_000_000);
        assertThatThrownBy(() -> DecimalParser.decimal(text, "amount"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250).contains("1000000 characters"));
    }

    @Test
    void test_check_hugeBigDecimalRejectedWithoutPlainString() {
        BigDecimal tiny = new BigDecimal("1e-999999999");
        assertThatThrownBy(() -> DecimalParser.check(tiny, "amount"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("was 1E-999999999");
        BigDecimal many = new BigDecimal(new java.math.BigInteger("9".repeat(5000)), 0);
        assertThatThrownBy(() -> DecimalParser.check(many, "amount"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250));
    }

    @Test
    void test_toDouble_everyAcceptedNumberIsFinite() {
        assertThat(DecimalParser.toDouble("9.9999999999999999999e300", "x")).isFinite();
        assertThat(DecimalParser.toDouble("1e-300", "x")).isEqualTo(1e-300);
        assertThat(DecimalParser.toDouble("0.1", "x")).isEqualTo(0.1);
    }

    static Stream<Object[]> longs() {
        return Stream.of(new Object[] {"3", 3L}, new Object[] {"3.0", 3L}, new Object[] {"3e2", 300L},
                new Object[] {"-9223372036854775808", Long.MIN_VALUE}, new Object[] {"9223372036854775807", Long.MAX_VALUE});
    }

    @ParameterizedTest
    @MethodSource("longs")
    void test_toLong_wholeNumbers(String text, long expected) {
        assertThat(DecimalParser.toLong(text, "seed", Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(expected);
    }

    @Test
    void test_toLong_outOfRangeNamesFieldAndRange() {
        assertThatThrownBy(() -> DecimalParser.toLong("9223372036854775808", "seed", Long.MIN_VALUE, Long.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("seed must be in [-9223372036854775808, 9223372036854775807], was 9223372036854775808")
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.OUT_OF_RANGE));
        assertThatThrownBy(() -> DecimalParser.toLong("1e300", "n", 0, 10))
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.OUT_OF_RANGE));
        assertThatThrownBy(() -> DecimalParser.toLong("2.5", "n", 0, 10))
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.INVALID_FORMAT));
    }

    /** Property: parsing a random accepted number gives back the same value as BigDecimal does. */
    @Test
    void test_decimal_agreesWithBigDecimalWithinLimits() {
        Random random = new Random(20261205L);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal expected = new BigDecimal(new java.math.BigInteger(random.nextInt(120) + 1, random),
                    random.nextInt(200) - 100);
            String text = random.nextBoolean() ? expected.toString() : expected.toPlainString();
            BigDecimal got = DecimalParser.decimal(text, "x");
            assertThat(got.compareTo(expected)).as(text).isZero();
        }
    }

    @Test
    void test_moneyOf_boundedBeforeArithmetic() {
        assertThatThrownBy(() -> Money.of("1e-999999999", Money.CNY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.NUMBER_LIMITS));
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e999999999"), Money.CNY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.NUMBER_LIMITS));
    }
}
