package org.dataprice.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The one parser of numbers written as text (a JSON number or string, a CSV cell, a query
 * parameter): bounded digits and exponent are checked <em>before</em> any arithmetic, so that a
 * 12-byte number such as {@code 1e-999999999} is rejected in microseconds instead of allocating a
 * gigabyte of digits when it is later rounded, compared or printed.
 *
 * <p>Limits (documented in {@code docs/api.md}, "Numbers"):
 * <table>
 *   <caption>accepted numbers</caption>
 *   <tr><th>limit</th><th>value</th><th>rule when broken</th></tr>
 *   <tr><td>characters of the text</td><td>{@value #MAX_TEXT_LENGTH}</td><td>{@link Rule#NUMBER_LIMITS}</td></tr>
 *   <tr><td>significant digits (trailing zeros of the unscaled value not counted)</td>
 *       <td>{@value #MAX_SIGNIFICANT_DIGITS}</td><td>{@link Rule#NUMBER_LIMITS}</td></tr>
 *   <tr><td>decimal exponent e of d.ddd&times;10<sup>e</sup></td>
 *       <td>{@value #MIN_EXPONENT} to {@value #MAX_EXPONENT}</td><td>{@link Rule#NUMBER_LIMITS}</td></tr>
 *   <tr><td>syntax: optional sign, digits, optional fraction, optional exponent</td><td>-</td>
 *       <td>{@link Rule#INVALID_FORMAT}</td></tr>
 *   <tr><td>whole numbers ({@link #toLong}): no fraction, within the caller's range</td><td>-</td>
 *       <td>{@link Rule#INVALID_FORMAT}, {@link Rule#OUT_OF_RANGE}</td></tr>
 * </table>
 * Zero is accepted whatever its written exponent ({@code 0e-999999999} is 0). Every accepted number is
 * a finite, normal {@code double} when converted ({@link #toDouble}): |x| &lt; 10<sup>301</sup> and
 * x = 0 or |x| &ge; 10<sup>-300</sup>, inside the double range 2.2&times;10<sup>-308</sup> to
 * 1.8&times;10<sup>308</sup>; NaN and infinities cannot be written.
 *
 * <p>Error messages never print the number in full: {@link #show(CharSequence)} cuts the text to
 * {@value #SHOWN_CHARACTERS} characters, and no message calls {@link BigDecimal#toPlainString()}.
 * Stateless and thread-safe.
 */
public final class DecimalParser {
    /** Most significant digits of an accepted number (a 128-bit decimal has 34). */
    public static final int MAX_SIGNIFICANT_DIGITS = 40;
    /** Smallest decimal exponent of an accepted non-zero number. */
    public static final int MIN_EXPONENT = -300;
    /** Largest decimal exponent of an accepted number. */
    public static final int MAX_EXPONENT = 300;
    /** Longest text accepted (a number within the limits written out in full fits). */
    public static final int MAX_TEXT_LENGTH = 400;
    /** Characters of a rejected text shown in an error message. */
    public static final int SHOWN_CHARACTERS = 40;

    private static final String NUMBER_FORMAT = "of a decimal number such as 1234.56 or 1.5e3";

    private DecimalParser() {
    }

    /**
     * Parses a decimal number within the limits.
     *
     * @param text  the number as written; not null
     * @param field the JSON path of the value, for the error; not null
     * @return the exact value, with the scale as written
     * @throws InvalidInputException {@link Rule#INVALID_FORMAT} when the text is not a number,
     *                               {@link Rule#NUMBER_LIMITS} when it is too long or too large
     */
    public static BigDecimal decimal(String text, String field) {
        Require.notNull(text, field);
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw limits(field, trimmed);
        }
        int exponentAt = exponentStart(trimmed);
        if (!wellFormed(trimmed, exponentAt)) {
            throw new InvalidInputException(field, show(trimmed), Rule.INVALID_FORMAT, NUMBER_FORMAT);
        }
        if (exponentAt >= 0 && exponentOverflows(trimmed, exponentAt + 1)) {
            // BigDecimal would reject an exponent beyond int; a zero mantissa is still zero
            if (mantissaIsZero(trimmed, exponentAt)) {
                return BigDecimal.ZERO;
            }
            throw limits(field, trimmed);
        }
        return check(new BigDecimal(trimmed), field, trimmed);
    }

    /**
     * Checks that a decimal built elsewhere (by a JSON library or a caller of the core) is within the
     * limits, without any arithmetic on its digits beyond counting them.
     *
     * @param value the number; not null
     * @param field the field, for the error; not null
     * @return value
     * @throws InvalidInputException {@link Rule#NUMBER_LIMITS} when it is outside the limits
     */
    public static BigDecimal check(BigDecimal value, String field) {
        return check(Require.notNull(value, field), field, null);
    }

    /**
     * Parses a number within the limits and converts it to the nearest {@code double}
     * (correctly rounded, {@link BigDecimal#doubleValue()}).
     *
     * @param text  the number as written; not null
     * @param field the JSON path, for the error; not null
     * @return a finite double
     */
    public static double toDouble(String text, String field) {
        return decimal(text, field).doubleValue();
    }

    /**
     * Parses a whole number within {@code [min, max]}; {@code 3}, {@code 3.0} and {@code 3e0} are all 3,
     * {@code 3.5} is not a whole number.
     *
     * @param text  the number as written; not null
     * @param field the JSON path, for the error; not null
     * @param min   the smallest accepted value
     * @param max   the largest accepted value, &ge; min
     * @return the value
     * @throws InvalidInputException {@link Rule#OUT_OF_RANGE} outside {@code [min, max]}
     */
    public static long toLong(String text, String field, long min, long max) {
        BigDecimal value = decimal(text, field);
        BigDecimal whole = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new InvalidInputException(field, show(text.strip()), Rule.INVALID_FORMAT, "a whole number");
        }
        // |value| < 10^301 here, so the BigInteger has at most 301 digits
        BigInteger integer = whole.toBigIntegerExact();
        if (integer.compareTo(BigInteger.valueOf(min)) < 0 || integer.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new InvalidInputException(field, show(text.strip()), Rule.OUT_OF_RANGE, "[" + min + ", " + max + "]");
        }
        return integer.longValue();
    }

    /**
     * Text safe to put in a message: at most {@value #SHOWN_CHARACTERS} characters, then
     * {@code "…(N characters)"}.
     *
     * @param text any text; not null
     * @return the shortened text
     */
    public static String show(CharSequence text) {
        if (text.length() <= SHOWN_CHARACTERS) {
            return text.toString();
        }
        return text.subSequence(0, SHOWN_CHARACTERS) + "…(" + text.length() + " characters)";
    }

    /**
     * A decimal safe to put in a message: its scientific form, never the plain digits of a huge exponent.
     *
     * @param value a decimal; not null
     * @return the shortened text
     */
    public static String show(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() > 200) { // more than ~60 digits: do not even build the digits
            return "a number of about " + (int) (unscaled.bitLength() * 0.30103) + " digits";
        }
        // toString is scientific whenever the exponent would pad zeros, so it stays short here
        return show(value.toString());
    }

    private static BigDecimal check(BigDecimal value, String field, String written) {
        if (value.signum() == 0) {
            return value;
        }
        BigInteger unscaled = value.unscaledValue();
        // digits without building the digits: bitLength bounds them to within one
        if (unscaled.bitLength() > 4 * MAX_TEXT_LENGTH) {
            throw limits(field, written == null ? show(value) : written);
        }
        int digits = value.precision() - trailingZeros(unscaled);
        long exponent = (long) value.precision() - value.scale() - 1;
        if (digits > MAX_SIGNIFICANT_DIGITS || exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            throw limits(field, written == null ? show(value) : written);
        }
        return value;
    }

    private static int trailingZeros(BigInteger unscaled) {
        int zeros = 0;
        BigInteger v = unscaled;
        while (zeros < MAX_TEXT_LENGTH) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            v = qr[0];
            zeros++;
        }
        return zeros;
    }

    private static InvalidInputException limits(String field, String text) {
        return new InvalidInputException(field, show(text), Rule.NUMBER_LIMITS, MAX_SIGNIFICANT_DIGITS, MIN_EXPONENT,
                MAX_EXPONENT);
    }

    private static int exponentStart(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return i;
            }
        }
        return -1;
    }

    /** sign? digits ('.' digits?)? | sign? '.' digits, then (e sign? digits)?. */
    private static boolean wellFormed(String text, int exponentAt) {
        int end = exponentAt < 0 ? text.length() : exponentAt;
        int i = 0;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (exponentAt < 0) {
            return true;
        }
        int j = exponentAt + 1;
        if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
            j++;
        }
        if (j == text.length()) {
            return false;
        }
        for (; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when the exponent digits (after leading zeros) exceed 9, i.e. may not fit an int. */
    private static boolean exponentOverflows(String text, int from) {
        int i = from;
        if (text.charAt(i) == '-' || text.charAt(i) == '+') {
            i++;
        }
        while (i < text.length() - 1 && text.charAt(i) == '0') {
            i++;
        }
        return text.length() - i > 9;
    }

    private static boolean mantissaIsZero(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
