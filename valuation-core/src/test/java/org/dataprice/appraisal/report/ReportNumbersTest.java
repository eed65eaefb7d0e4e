package org.dataprice.appraisal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.dataprice.error.InvalidInputException;
import org.dataprice.explain.Quantity;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ReportNumbers}: each format of its table, hand-written expectations (half-even rounding). */
class ReportNumbersTest {

    @Test
    void test_amount_groupedToTheMinorUnit() {
        assertThat(ReportNumbers.amount(1234567.891, Money.CNY)).isEqualTo("1,234,567.89");
        assertThat(ReportNumbers.amount(69.25500000000001, Money.CNY)).isEqualTo("69.26");
        assertThat(ReportNumbers.amount(0.125, Money.CNY)).isEqualTo("0.12"); // half-even
        assertThat(ReportNumbers.amount(-1000, Money.CNY)).isEqualTo("-1,000.00");
        assertThat(ReportNumbers.amount(1234.5, Currency.getInstance("JPY"))).isEqualTo("1,234");
        assertThatThrownBy(() -> ReportNumbers.amount(Double.NaN, Money.CNY)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("amount");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0.125, 12.50%", "0.35000000000000003, 35.00%", "1, 100.00%", "0.00005, 0.00%", "0.00015, 0.02%", "-0.05, -5.00%"})
    void test_percent(double ratio, String expected) {
        assertThat(ReportNumbers.percent(ratio)).isEqualTo(expected);
    }

    @Test
    void test_weightAndFactor() {
        assertThat(ReportNumbers.weight(1.0 / 3)).isEqualTo("0.3333");
        assertThat(ReportNumbers.weight(0.5)).isEqualTo("0.5000");
        assertThat(ReportNumbers.weight(2.0 / 3)).isEqualTo("0.6667");
        assertThat(ReportNumbers.factor(1 / 1.16)).isEqualTo("0.862069");
        assertThat(ReportNumbers.factor(1)).isEqualTo("1.000000");
        assertThatThrownBy(() -> ReportNumbers.weight(Double.POSITIVE_INFINITY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_number_atMostSixDecimalsNoExponent() {
        assertThat(ReportNumbers.number(new BigDecimal("99.99999999999999"))).isEqualTo("100");
        assertThat(ReportNumbers.number(new BigDecimal("0.35000000000000003"))).isEqualTo("0.35");
        assertThat(ReportNumbers.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ReportNumbers.number(new BigDecimal("-0.0000001"))).isEqualTo("0");
        assertThat(ReportNumbers.number(new BigDecimal("20240101"))).isEqualTo("20240101");
    }

    @Test
    void test_quantity_currencyUnitsGroupedOthersPlain() {
        assertThat(ReportNumbers.quantity(Quantity.of("V", 99.99999999999999, "CNY"))).isEqualTo("100.00 CNY");
        assertThat(ReportNumbers.quantity(Quantity.of("P", 1234567.5, "CNY"))).isEqualTo("1,234,567.50 CNY");
        assertThat(ReportNumbers.quantity(Quantity.of("r", 0.12000000000000001, "1/year"))).isEqualTo("0.12 1/year");
        assertThat(ReportNumbers.quantity(Quantity.of("w", 0.3333333333333333, ""))).isEqualTo("0.333333");
        assertThat(ReportNumbers.quantity(Quantity.of("x", 1.5, "ABC"))).isEqualTo("1.5 ABC"); // not a currency
        assertThat(ReportNumbers.quantity(Quantity.text("method", "GEKS"))).isEqualTo("GEKS");
    }

    @Test
    void test_dateZh() {
        assertThat(ReportNumbers.dateZh(LocalDate.of(2024, 12, 31))).isEqualTo("2024年12月31日");
        assertThat(ReportNumbers.dateZh(LocalDate.of(2025, 1, 5))).isEqualTo("2025年1月5日");
    }
}
