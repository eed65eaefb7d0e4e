package org.dataprice.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * An amount of money in one currency: a {@link BigDecimal} and a {@link Currency}.
 *
 * <p>The scale is at least the currency's minor units (2 for CNY: 分) and larger only when asked for
 * ({@link #of(BigDecimal, Currency, int, RoundingMode)}), for intermediate unit prices. Rounding is
 * never silent: {@link #of(BigDecimal, Currency)} rejects an amount that would need rounding, and
 * every operation that may round takes a {@link RoundingMode}. {@link #SETTLEMENT_ROUNDING}
 * (HALF_EVEN, banker's rounding) is the documented default for settlement amounts.
 *
 * <p>Amounts of different currencies are never combined: arithmetic and comparison across currencies
 * throw {@link InvalidInputException} with rule {@link Rule#CURRENCY_MISMATCH}. Models compute in
 * {@code double} where the mathematics is statistical and convert once, at the end, with
 * {@link #ofDouble(double, Currency, RoundingMode)}.
 *
 * <p>Equality is numeric and currency-wise: {@code 1.0 CNY} equals {@code 1.00 CNY}.
 * Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    /** The currency of the Chinese data market: renminbi (人民币), code CNY, 2 minor units. */
    public static final Currency CNY = Currency.getInstance("CNY");
    /** Banker's rounding, the default for settlement amounts. */
    public static final RoundingMode SETTLEMENT_ROUNDING = RoundingMode.HALF_EVEN;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * An exact amount. The scale is raised to the currency's minor units; an amount with more
     * significant decimals is rejected (round explicitly with {@link #of(BigDecimal, Currency, int, RoundingMode)}).
     * An amount outside the {@link DecimalParser} limits (40 significant digits, decimal exponent
     * -300 to 300) is rejected before any arithmetic, with rule {@link Rule#NUMBER_LIMITS}.
     *
     * @param amount   the amount; not null
     * @param currency the currency; not null
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        DecimalParser.check(Require.notNull(amount, "amount"), "amount");
        int minor = minorUnits(Require.notNull(currency, "currency"));
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > minor) {
            throw new InvalidInputException("amount", DecimalParser.show(amount), Rule.PRECISION_LOSS, minor);
        }
        return new Money(amount.setScale(minor, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * An exact amount parsed from text such as {@code "1234.56"} by {@link DecimalParser#decimal}
     * (bounded digits and exponent).
     *
     * @param amount   a decimal number; not null
     * @param currency the currency; not null
     * @return the money
     */
    public static Money of(String amount, Currency currency) {
        return of(DecimalParser.decimal(Require.notNull(amount, "amount"), "amount"), currency);
    }

    /**
     * An exact amount in CNY.
     *
     * @param amount a plain decimal number with at most 2 decimals; not null
     * @return the money
     */
    public static Money cny(String amount) {
        return of(amount, CNY);
    }

    /**
     * An amount rounded to a given scale, which must be at least the currency's minor units.
     *
     * @param amount   the amount; not null
     * @param currency the currency; not null
     * @param scale    decimal places to keep, &ge; the currency's minor units
     * @param rounding how to round; not null
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency, int scale, RoundingMode rounding) {
        DecimalParser.check(Require.notNull(amount, "amount"), "amount");
        Require.atLeast(scale, minorUnits(Require.notNull(currency, "currency")), "scale");
        return new Money(amount.setScale(scale, Require.notNull(rounding, "rounding")), currency);
    }

    /**
     * Converts a model's {@code double} result to money, rounded to the currency's minor units.
     * The double is read by its shortest decimal representation ({@link BigDecimal#valueOf(double)}).
     *
     * @param amount   a finite amount
     * @param currency the currency; not null
     * @param rounding how to round; not null
     * @return the money
     */
    public static Money ofDouble(double amount, Currency currency, RoundingMode rounding) {
        Require.finite(amount, "amount");
        return of(BigDecimal.valueOf(amount), currency, minorUnits(Require.notNull(currency, "currency")), rounding);
    }

    /**
     * An amount given in minor units (分 for CNY).
     *
     * @param minor    the amount in minor units
     * @param currency the currency; not null
     * @return the money
     */
    public static Money ofMinor(long minor, Currency currency) {
        return new Money(BigDecimal.valueOf(minor, minorUnits(Require.notNull(currency, "currency"))), currency);
    }

    /**
     * @param currency the currency; not null
     * @return zero in that currency, at its minor-unit scale
     */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /**
     * The one parser of currency codes in the project: every request field, stored column and text that names a
     * currency goes through it, so that the same code is accepted or refused, with the same rule, everywhere.
     *
     * <p>Accepted: three capital letters (ISO 4217 alphabetic code, case-sensitive as the standard writes them)
     * naming a currency the JDK's ISO 4217 table knows <em>and</em> that has minor units
     * ({@link Currency#getDefaultFractionDigits()} ≥ 0). Codes without minor units — precious metals (XAU, XAG),
     * the IMF's SDR (XDR), the testing and "no currency" codes (XTS, XXX) — are units of account, not currencies
     * an amount of money can be paid and rounded in, and are refused rather than silently given 0 decimals.
     *
     * @param code  the code; not null
     * @param field the field (JSON path) named in an error
     * @return the currency
     * @throws InvalidInputException rule {@code not-null}, {@code invalid-format} (not three capital letters)
     *                               or {@code unknown} (not a currency of payment in ISO 4217)
     */
    public static Currency currency(String code, String field) {
        Require.notNull(code, field);
        if (code.length() != 3 || !isCapitalLetters(code)) {
            throw new InvalidInputException(field, code, Rule.INVALID_FORMAT,
                    "of an ISO 4217 code: three capital letters, e.g. CNY");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, code, Rule.UNKNOWN, "the ISO 4217 currencies, e.g. CNY, USD, EUR, HKD");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidInputException(field, code, Rule.UNKNOWN,
                    "the ISO 4217 currencies of payment (codes without minor units such as XAU, XDR and XXX are not)");
        }
        return currency;
    }

    private static boolean isCapitalLetters(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The currency's minor units; currencies without them (e.g. IMF SDR, reported as -1) count as 0.
     *
     * @param currency the currency; not null
     * @return the decimal places of the currency's minor unit
     */
    public static int minorUnits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** @return the amount; its scale is at least the currency's minor units */
    public BigDecimal amount() {
        return amount;
    }

    /** @return the currency */
    public Currency currency() {
        return currency;
    }

    /**
     * The amount in minor units; exact, or an exception when the scale is larger than the minor units
     * and the amount is not a whole number of them.
     *
     * @return the amount in minor units
     */
    public long toMinor() {
        return amount.movePointRight(minorUnits(currency)).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /**
     * @param other money in the same currency; not null
     * @return this + other, at the larger of the two scales
     */
    public Money plus(Money other) {
        return new Money(amount.add(check(other).amount), currency);
    }

    /**
     * @param other money in the same currency; not null
     * @return this - other, at the larger of the two scales
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(check(other).amount), currency);
    }

    /**
     * @param factor   a multiplier such as a rate or quantity; not null
     * @param rounding how to round the product to this money's scale; not null
     * @return this × factor, at this money's scale
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Require.notNull(factor, "factor");
        return new Money(amount.multiply(factor).setScale(amount.scale(), Require.notNull(rounding, "rounding")), currency);
    }

    /**
     * @param factor   a finite multiplier, read by its shortest decimal representation
     * @param rounding how to round; not null
     * @return this × factor, at this money's scale
     */
    public Money times(double factor, RoundingMode rounding) {
        return times(BigDecimal.valueOf(Require.finite(factor, "factor")), rounding);
    }

    /**
     * @param divisor  a non-zero divisor; not null
     * @param rounding how to round the quotient to this money's scale; not null
     * @return this / divisor, at this money's scale
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Require.notNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            throw new InvalidInputException("divisor", divisor, Rule.GREATER_THAN, "0 in absolute value");
        }
        return new Money(amount.divide(divisor, amount.scale(), Require.notNull(rounding, "rounding")), currency);
    }

    /**
     * @param scale    the new scale, &ge; the currency's minor units
     * @param rounding how to round; not null
     * @return this amount at the given scale
     */
    public Money rounded(int scale, RoundingMode rounding) {
        return of(amount, currency, scale, rounding);
    }

    /**
     * @param rounding how to round; not null
     * @return this amount at the currency's minor-unit scale
     */
    public Money roundedToMinor(RoundingMode rounding) {
        return rounded(minorUnits(currency), rounding);
    }

    /** @return -this */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /** @return |this| */
    public Money abs() {
        return new Money(amount.abs(), currency);
    }

    /** @return -1, 0 or 1 as the amount is negative, zero or positive */
    public int signum() {
        return amount.signum();
    }

    /** @return true when the amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** @return true when the amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** @return the amount as a double, for models; loses precision beyond about 15 significant digits */
    public double toDouble() {
        return amount.doubleValue();
    }

    /**
     * @param other money in the same currency; not null
     * @return the larger of the two
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * @param other money in the same currency; not null
     * @return the smaller of the two
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Compares amounts of the same currency numerically.
     *
     * @param other money in the same currency; not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(check(other).amount);
    }

    /**
     * Formats the amount in a unit of account, e.g. {@code "1,234.56 元"} or {@code "0.12 万元"}.
     *
     * @param unit the display unit; not null
     * @return the formatted amount (half-even rounded to the unit's display decimals)
     */
    public String format(DisplayUnit unit) {
        return Require.notNull(unit, "unit").format(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    /** @return e.g. {@code "CNY 1234.56"}; parseable by {@link #parse(String)} */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    /**
     * Parses the form written by {@link #toString()}, {@code "CNY 1234.56"}.
     *
     * @param text the text; not null
     * @return the money
     */
    public static Money parse(String text) {
        Require.notNull(text, "money");
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new InvalidInputException("money", text, Rule.INVALID_FORMAT, "'CNY 1234.56'");
        }
        return of(parts[1], currency(parts[0], "currency"));
    }

    private Money check(Money other) {
        Require.notNull(other, "other");
        if (!other.currency.equals(currency)) {
            throw new InvalidInputException("currency", other.currency.getCurrencyCode(), Rule.CURRENCY_MISMATCH,
                    currency.getCurrencyCode());
        }
        return other;
    }
}
