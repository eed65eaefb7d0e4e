package org.dataprice.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.money.allocation.Allocation;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    /** ISO 4217 currencies of payment parse to themselves, with their minor units (CNY 2, JPY 0, BHD 3). */
    @ParameterizedTest
    @CsvSource({"CNY,2", "USD,2", "EUR,2", "HKD,2", "JPY,0", "BHD,3"})
    void test_currency_isoCodesOfPayment(String code, int minorUnits) {
        Currency c = Money.currency(code, "currency");
        assertThat(c.getCurrencyCode()).isEqualTo(code);
        assertThat(Money.minorUnits(c)).isEqualTo(minorUnits);
    }

    /** Each refusal names the field and the rule; nothing is guessed (no case folding, no trimming). */
    @ParameterizedTest
    @CsvSource({"cny,invalid-format", "' CNY',invalid-format", "CN,invalid-format", "CNYY,invalid-format", "C1Y,invalid-format",
            "ÇNY,invalid-format", "DIN,unknown", "ABC,unknown", "XAU,unknown", "XDR,unknown", "XXX,unknown", "XTS,unknown"})
    void test_currency_refusedWithFieldAndRule(String code, String rule) {
        assertThatThrownBy(() -> Money.currency(code, "periods[0].currency"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("periods[0].currency");
                    assertThat(e.rule().id()).isEqualTo(rule);
                });
    }

    @Test
    void test_currency_nullIsNotNull() {
        assertThatThrownBy(() -> Money.currency(null, "currency"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_NULL));
    }
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void test_of_scaleRaisedToMinorUnits() {
        Money m = Money.cny("12.3");
        assertThat(m.amount()).isEqualTo(new BigDecimal("12.30"));
        assertThat(m.currency()).isEqualTo(Money.CNY);
        assertThat(Money.of("5", JPY).amount().scale()).isZero();
    }

    @Test
    void test_of_trailingZerosBeyondMinorUnitsAccepted() {
        assertThat(Money.cny("1.2300")).isEqualTo(Money.cny("1.23"));
    }

    @Test
    void test_of_precisionLossRejected() {
        assertThatThrownBy(() -> Money.cny("1.234"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("amount must have at most 2 decimal places, was 1.234")
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.PRECISION_LOSS));
    }

    @Test
    void test_of_badTextRejected() {
        assertThatThrownBy(() -> Money.cny("12,5"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("amount"));
    }

    @Test
    void test_of_nullRejected() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null, Money.CNY))
                .isInstanceOf(InvalidInputException.class).hasMessage("amount must not be null");
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("currency must not be null");
    }

    @Test
    void test_ofDouble_roundsExplicitly() {
        assertThat(Money.ofDouble(2.675, Money.CNY, RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("2.68"));
        assertThat(Money.ofDouble(2.665, Money.CNY, RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("2.66"));
        assertThat(Money.ofDouble(2.665, Money.CNY, RoundingMode.HALF_UP)).isEqualTo(Money.cny("2.67"));
        assertThatThrownBy(() -> Money.ofDouble(Double.NaN, Money.CNY, RoundingMode.HALF_EVEN))
                .isInstanceOf(InvalidInputException.class).hasMessage("amount must be a finite number, was NaN");
    }

    @Test
    void test_of_largerScaleOnRequest() {
        Money unitPrice = Money.of(new BigDecimal("0.123456"), Money.CNY, 4, RoundingMode.HALF_EVEN);
        assertThat(unitPrice.amount()).isEqualTo(new BigDecimal("0.1235"));
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, Money.CNY, 1, RoundingMode.HALF_EVEN))
                .isInstanceOf(InvalidInputException.class).hasMessage("scale must be >= 2, was 1");
    }

    @Test
    void test_arithmetic() {
        Money a = Money.cny("10.05");
        Money b = Money.cny("0.10");
        assertThat(a.plus(b)).isEqualTo(Money.cny("10.15"));
        assertThat(a.minus(b)).isEqualTo(Money.cny("9.95"));
        assertThat(a.negated()).isEqualTo(Money.cny("-10.05"));
        assertThat(a.negated().abs()).isEqualTo(a);
        assertThat(a.times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("5.02"));
        assertThat(a.times(0.5, RoundingMode.HALF_UP)).isEqualTo(Money.cny("5.03"));
        assertThat(a.dividedBy(new BigDecimal("3"), RoundingMode.DOWN)).isEqualTo(Money.cny("3.35"));
        assertThat(a.max(b)).isSameAs(a);
        assertThat(a.min(b)).isSameAs(b);
        assertThat(Money.zero(Money.CNY).isZero()).isTrue();
        assertThat(a.negated().isNegative()).isTrue();
        assertThat(a.toMinor()).isEqualTo(1005L);
    }

    @Test
    void test_dividedBy_zeroRejected() {
        assertThatThrownBy(() -> Money.cny("1").dividedBy(BigDecimal.ZERO, RoundingMode.HALF_EVEN))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("divisor"));
    }

    @Test
    void test_plus_currencyMismatchRejected() {
        assertThatThrownBy(() -> Money.cny("1").plus(Money.of("1", USD)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("currency must be in currency CNY, was USD")
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.CURRENCY_MISMATCH));
        assertThatThrownBy(() -> Money.cny("1").compareTo(Money.of("1", USD)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_equals_numericAndCurrencyWise() {
        assertThat(Money.cny("1.00")).isEqualTo(Money.of(new BigDecimal("1.0000"), Money.CNY, 4, RoundingMode.UNNECESSARY));
        assertThat(Money.cny("1.00").hashCode())
                .isEqualTo(Money.of(new BigDecimal("1.0000"), Money.CNY, 4, RoundingMode.UNNECESSARY).hashCode());
        assertThat(Money.cny("1")).isNotEqualTo(Money.of("1", USD));
    }

    @Test
    void test_parse_roundTrip() {
        Money m = Money.cny("-1234.56");
        assertThat(m.toString()).isEqualTo("CNY -1234.56");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        assertThatThrownBy(() -> Money.parse("XXQ 1")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("currency"));
        assertThatThrownBy(() -> Money.parse("1.00")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("money"));
    }

    @Test
    void test_format_chineseUnits() {
        Money m = Money.cny("123456789.50");
        assertThat(m.format(DisplayUnit.YUAN)).isEqualTo("123,456,789.50 元");
        assertThat(m.format(DisplayUnit.WAN_YUAN)).isEqualTo("12,345.68 万元");
        assertThat(m.format(DisplayUnit.YI_YUAN)).isEqualTo("1.2346 亿元");
        assertThat(m.format(DisplayUnit.CURRENCY)).isEqualTo("123,456,789.50 CNY");
        assertThat(Money.cny("-0.50").format(DisplayUnit.YUAN)).isEqualTo("-0.50 元");
    }

    @Test
    void test_ofMinor_limitAndSign() {
        assertThat(Money.ofMinor(-5, Money.CNY)).isEqualTo(Money.cny("-0.05"));
        assertThatThrownBy(() -> Allocation.DEFAULT.splitMinor(Allocation.MAX_DOUBLE_TOTAL_MINOR + 1, new double[] {1}))
                .isInstanceOf(LimitExceededException.class);
    }

    /**
     * Property (issue 12, seeded, 200,000 cases): the double fast paths of {@link Money#ofDouble} and
     * {@link Money#times(double, RoundingMode)} give exactly the {@link BigDecimal} definition (shortest decimal form,
     * rounded once), also at and next to half-way points (x.xx5 ± a few ulp, which they must leave to BigDecimal), for
     * CNY, JPY and BHD and the three round-to-nearest modes and one directed mode.
     */
    @Test
    void test_fastPaths_equalExactDefinition() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(20_261_205L);
        Currency[] currencies = {Money.CNY, Currency.getInstance("JPY"), Currency.getInstance("BHD")};
        RoundingMode[] modes = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.FLOOR};
        for (int k = 0; k < 200_000; k++) {
            Currency c = currencies[k % 3];
            RoundingMode mode = modes[(k / 3) % 4];
            int m = Money.minorUnits(c);
            double x = switch (k % 5) {
                case 0 -> rng.nextDouble(-1e7, 1e7);
                case 1 -> (rng.nextLong(-10_000_000L, 10_000_000L) + 0.5) / Math.pow(10, m); // a half-way point
                case 2 -> Math.nextUp((rng.nextLong(0, 1_000_000L) * 10 + 5) / Math.pow(10, m + 1)) * (rng.nextBoolean() ? 1 : -1);
                case 3 -> rng.nextDouble(0, 1) * Math.pow(10, rng.nextInt(-8, 12));
                default -> Math.nextDown((rng.nextLong(0, 1_000_000L) * 10 + 5) / Math.pow(10, m + 1));
            };
            Money exact = Money.of(BigDecimal.valueOf(x), c, m, mode);
            assertThat(Money.ofDouble(x, c, mode)).as("ofDouble(%s, %s, %s)", x, c, mode).isEqualTo(exact);
            assertThat(Money.ofDouble(x, c, mode).amount().scale()).isEqualTo(m);
            Money a = Money.ofMinor(rng.nextLong(-10_000_000_000L, 10_000_000_000L), c);
            double f = k % 2 == 0 ? rng.nextDouble(0.5, 1.5) : x / 1e4;
            Money product = new BigDecimalProduct(a, f, mode).value();
            assertThat(a.times(f, mode)).as("%s × %s, %s", a, f, mode).isEqualTo(product);
            assertThat(a.times(f, mode).amount().scale()).isEqualTo(a.amount().scale());
        }
        // 136.125 exactly half-way: HALF_EVEN keeps 136.12, HALF_UP gives 136.13 (the fast path must not decide these)
        assertThat(Money.ofDouble(136.125, Money.CNY, RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("136.12"));
        assertThat(Money.ofDouble(136.125, Money.CNY, RoundingMode.HALF_UP)).isEqualTo(Money.cny("136.13"));
        assertThat(Money.cny("150.00").times(0.8075, RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("121.12"));
        assertThat(Money.nearestIfDecided(2.5, 0)).isEqualTo(Money.UNDECIDED);
        assertThat(Money.nearestIfDecided(2.4, 0.05)).isEqualTo(2);
        assertThat(Money.nearestIfDecided(0x1p41, 0)).isEqualTo(Money.UNDECIDED);
    }

    /** The definition of {@link Money#times(double, RoundingMode)}: exact product with the shortest decimal, rounded. */
    private record BigDecimalProduct(Money a, double f, RoundingMode mode) {
        Money value() {
            return Money.of(a.amount().multiply(BigDecimal.valueOf(f)), a.currency(), a.amount().scale(), mode);
        }
    }

    @Test
    void test_grouped_commasEveryThreeIntegerDigits() {
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("0"), 2)).isEqualTo("0.00");
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("999.995"), 2)).isEqualTo("1,000.00"); // half-even: 999.995 → 1000.00
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("123456"), 0)).isEqualTo("123,456");
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("1234567.891"), 2)).isEqualTo("1,234,567.89");
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("-1234567.5"), 0)).isEqualTo("-1,234,568");
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("-12.345"), 2)).isEqualTo("-12.34");
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("1E+7"), 1)).isEqualTo("10,000,000.0");
        assertThat(DisplayUnit.grouped(new java.math.BigDecimal("-0.001"), 2)).isEqualTo("0.00");
    }
}
