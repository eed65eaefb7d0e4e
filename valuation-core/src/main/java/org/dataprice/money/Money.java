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
     * The double is read by its shortest decimal representation ({@link BigDecimal#valueOf(double)}). For the
     * round-to-nearest modes the result is computed in double when it is decided ({@link #nearestIfDecided}: the
     * decimal form is not within 10^m ulp of a half-way point), with the same result, and exactly otherwise.
     *
     * @param amount   a finite amount
     * @param currency the currency; not null
     * @param rounding how to round; not null
     * @return the money
     */
    public static Money ofDouble(double amount, Currency currency, RoundingMode rounding) {
        Require.finite(amount, "amount");
        int minor = minorUnits(Require.notNull(currency, "currency"));
        // fast path: the nearest minor unit, when the decimal form cannot lie on or across a half-way point
        if (minor < POW10.length && isNearest(Require.notNull(rounding, "rounding")) && (amount == 0 || Math.abs(amount) >= 1e-6)) {
            double p = amount * POW10[minor]; // ≈ amount in minor units
            long c = nearestIfDecided(p, 4 * Math.ulp(p) + POW10[minor] * Math.ulp(amount));
            if (c != UNDECIDED) {
                return ofMinor(c, currency);
            }
        }
        return of(BigDecimal.valueOf(amount), currency, minor, rounding);
    }

    /** 10^m for the minor units m the fast paths handle. */
    private static final double[] POW10 = {1, 10, 100, 1000};
    /** Largest |approximation| {@link #nearestIfDecided} decides: its ulp, 2^-12, stays far below the half-unit margin. */
    private static final double DECIDABLE = 0x1p40;
    /** The answer of {@link #nearestIfDecided} when the approximation cannot decide. */
    public static final long UNDECIDED = Long.MIN_VALUE;

    /**
     * The nearest whole number to an exact value t known only through an approximation p with |t − p| ≤ error,
     * when that is decided: when t cannot lie on or across a half-way point (|p − rint(p)| &lt; 0.5 − error), every
     * round-to-nearest mode (HALF_EVEN, HALF_UP, HALF_DOWN) rounds t to rint(p). The exact-decimal fast paths of
     * {@link #ofDouble} and {@link #times(double, RoundingMode)} use it (t the amount's shortest decimal form, in
     * minor units) and so can callers with their own error bound; they compute exactly in {@link BigDecimal} when
     * it answers {@link #UNDECIDED}. p − rint(p) is exact in double (Sterbenz), so the test is rigorous.
     *
     * @param approximation p, |p| ≤ 2^40 to decide
     * @param error         a bound on |t − p|, ≥ 0
     * @return rint(p), or {@link #UNDECIDED}
     */
    public static long nearestIfDecided(double approximation, double error) {
        if (!(Math.abs(approximation) <= DECIDABLE)) {
            return UNDECIDED;
        }
        double c = Math.rint(approximation);
        return Math.abs(approximation - c) < 0.5 - error ? (long) c : UNDECIDED;
    }

    /**
     * @param rounding a rounding mode
     * @return true for the round-to-nearest modes, which agree away from half-way points
     */
    public static boolean isNearest(RoundingMode rounding) {
        return rounding == RoundingMode.HALF_EVEN || rounding == RoundingMode.HALF_UP || rounding == RoundingMode.HALF_DOWN;
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
     * The exact product with the factor's shortest decimal form ({@link BigDecimal#valueOf(double)}), rounded once;
     * computed in double when the rounding is to nearest and the result is decided ({@link #nearestIfDecided}),
     * with the same result.
     *
     * @param factor   a finite multiplier, read by its shortest decimal representation
     * @param rounding how to round; not null
     * @return this × factor, at this money's scale
     */
    public Money times(double factor, RoundingMode rounding) {
        Require.finite(factor, "factor");
        // fast path: a × factor in this money's last unit, when its decimal form cannot lie on or across a half-way point
        if (isNearest(Require.notNull(rounding, "rounding")) && amount.precision() <= 15) {
            long a = amount.unscaledValue().longValue(); // |a| < 10^15 < 2^53: exact as a double
            double p = a * factor;
            long c = nearestIfDecided(p, 4 * Math.ulp(p) + Math.abs((double) a) * Math.ulp(factor));
            if (c != UNDECIDED) {
                return new Money(BigDecimal.valueOf(c, amount.scale()), currency);
            }
        }
        return times(BigDecimal.valueOf(factor), rounding);
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
