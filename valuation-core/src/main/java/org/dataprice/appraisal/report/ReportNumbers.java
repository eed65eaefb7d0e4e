package org.dataprice.appraisal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.dataprice.error.Require;
import org.dataprice.explain.Quantity;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;

/**
 * Numbers of a valuation report written for people, never as raw doubles (no {@code 0.35000000000000003}):
 *
 * <table>
 *   <caption>formats</caption>
 *   <tr><th>figure</th><th>rule</th><th>example</th></tr>
 *   <tr><td>amount</td><td>currency minor units, thousands grouped, half-even</td><td>{@code 1,234,567.89}</td></tr>
 *   <tr><td>rate</td><td>× 100, two decimals, {@code %}</td><td>{@code 0.125 → 12.50%}</td></tr>
 *   <tr><td>weight</td><td>four decimals</td><td>{@code 1/3 → 0.3333}</td></tr>
 *   <tr><td>factor (discount factor, adjustment)</td><td>six decimals</td><td>{@code 0.862069}</td></tr>
 *   <tr><td>other number in an explanation</td><td>at most six decimals, trailing zeros dropped, no exponent</td>
 *       <td>{@code 99.99999999999999 → 100}</td></tr>
 *   <tr><td>date</td><td>Chinese {@code yyyy年M月d日} and ISO {@code yyyy-MM-dd}</td><td>{@code 2024年12月31日}</td></tr>
 * </table>
 * Rounding is half-even throughout (the rule of {@link Money#SETTLEMENT_ROUNDING}); grouping is
 * {@link DisplayUnit#grouped}. Non-finite numbers are refused ({@link Require#finite}). Pure functions, thread-safe.
 */
public final class ReportNumbers {
    /** Decimals of a factor and the most decimals of any other number in an explanation. */
    public static final int FACTOR_DECIMALS = 6;

    private ReportNumbers() {
    }

    /**
     * @param amount   an amount in currency units (a model's double); finite
     * @param currency its currency; not null
     * @return the amount to the minor unit, grouped, e.g. {@code "1,234,567.89"}
     */
    public static String amount(double amount, Currency currency) {
        Require.notNull(currency, "currency");
        return DisplayUnit.grouped(BigDecimal.valueOf(Require.finite(amount, "amount")), Money.minorUnits(currency));
    }

    /**
     * @param ratio a rate as a fraction, e.g. {@code 0.125}; finite
     * @return the rate in per cent with two decimals, e.g. {@code "12.50%"}
     */
    public static String percent(double ratio) {
        return BigDecimal.valueOf(Require.finite(ratio, "ratio")).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString() + "%";
    }

    /**
     * @param weight a weight; finite
     * @return the weight to four decimals, e.g. {@code "0.3333"}
     */
    public static String weight(double weight) {
        return BigDecimal.valueOf(Require.finite(weight, "weight")).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * @param factor a multiplicative factor (discount factor, adjustment factor); finite
     * @return the factor to six decimals, e.g. {@code "0.862069"}
     */
    public static String factor(double factor) {
        return BigDecimal.valueOf(Require.finite(factor, "factor")).setScale(FACTOR_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * @param number any number of an explanation; not null
     * @return at most six decimals, trailing zeros dropped, plain (no exponent), e.g. {@code "0.35"}
     */
    public static String number(BigDecimal number) {
        Require.notNull(number, "number");
        BigDecimal r = number.setScale(FACTOR_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (r.signum() == 0 ? BigDecimal.ZERO : r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /**
     * An explanation's figure as text: an amount when its unit is an ISO currency code ({@link #amount} rules, code
     * after it), otherwise {@link #number} and the unit; a text quantity as given.
     *
     * @param q the figure; not null
     * @return e.g. {@code "1,234.56 CNY"}, {@code "0.12 1/year"}, {@code "GEKS"}
     */
    public static String quantity(Quantity q) {
        Require.notNull(q, "quantity");
        if (!q.isNumeric()) {
            return q.text();
        }
        Currency currency = currencyOrNull(q.unit());
        if (currency != null) {
            return DisplayUnit.grouped(q.number(), Money.minorUnits(currency)) + " " + q.unit();
        }
        return number(q.number()) + (q.unit().isEmpty() ? "" : " " + q.unit());
    }

    /**
     * @param date a date; not null
     * @return e.g. {@code "2024年12月31日"}
     */
    public static String dateZh(LocalDate date) {
        Require.notNull(date, "date");
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The unit as a currency when it is one ({@link Money#currency}, the one parser), else null (e.g. {@code 1/year}). */
    private static Currency currencyOrNull(String unit) {
        if (unit.length() != 3 || !unit.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return null;
        }
        try {
            return Money.currency(unit, "unit");
        } catch (org.dataprice.error.InvalidInputException notACurrency) {
            return null;
        }
    }
}
