package org.dataprice.error;

import java.util.Collection;
import java.util.List;

/**
 * The one place where input rules are checked. Every check returns its argument so that a compact
 * constructor reads {@code rate = Require.greaterThan(rate, -1, "discountRate")}, and every failure
 * throws an {@link InvalidInputException} naming the field, the rule and the value.
 *
 * <p>Doubles are also checked to be finite by every numeric check: no NaN or infinity passes.
 */
public final class Require {
    private Require() {
    }

    /**
     * @param value the value; must not be null
     * @param field the field name for the message
     * @param <T>   the value's type
     * @return {@code value}
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, Rule.NOT_NULL);
        }
        return value;
    }

    /**
     * For a figure a builder was never given: refuses it as {@link Rule#MISSING} (absent), as distinct from
     * {@link #notNull} (given as null).
     *
     * @param value the value, null when never set
     * @param field the field name
     * @param <T>   the value's type
     * @return {@code value}
     */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, Rule.MISSING);
        }
        return value;
    }

    /**
     * @param value a number that must be finite
     * @param field the field name
     * @return {@code value}
     */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, value, Rule.NOT_FINITE);
        }
        return value;
    }

    /**
     * @param values numbers that must all be finite; not null
     * @param field  the field name; elements are reported as {@code field[i]}
     * @return {@code values} (not copied)
     */
    public static double[] finite(double[] values, String field) {
        notNull(values, field);
        for (int i = 0; i < values.length; i++) {
            finite(values[i], field + "[" + i + "]");
        }
        return values;
    }

    /**
     * @param value a finite number that must be &gt; 0
     * @param field the field name
     * @return {@code value}
     */
    public static double positive(double value, String field) {
        return greaterThan(value, 0, field);
    }

    /**
     * @param value a finite number that must be &ge; 0
     * @param field the field name
     * @return {@code value}
     */
    public static double nonNegative(double value, String field) {
        return atLeast(value, 0, field);
    }

    /**
     * @param value a finite number that must be &gt; {@code bound}
     * @param bound the exclusive lower bound
     * @param field the field name
     * @return {@code value}
     */
    public static double greaterThan(double value, double bound, String field) {
        if (!(finite(value, field) > bound)) {
            throw new InvalidInputException(field, value, Rule.GREATER_THAN, written(bound));
        }
        return value;
    }

    /**
     * @param value a finite number that must be &lt; {@code bound}
     * @param bound the exclusive upper bound
     * @param field the field name
     * @return {@code value}
     */
    public static double lessThan(double value, double bound, String field) {
        if (!(finite(value, field) < bound)) {
            throw new InvalidInputException(field, value, Rule.LESS_THAN, written(bound));
        }
        return value;
    }

    /**
     * @param value a finite number that must be &ge; {@code bound}
     * @param bound the inclusive lower bound
     * @param field the field name
     * @return {@code value}
     */
    public static double atLeast(double value, double bound, String field) {
        if (!(finite(value, field) >= bound)) {
            throw new InvalidInputException(field, value, Rule.AT_LEAST, written(bound));
        }
        return value;
    }

    /**
     * @param value a finite number that must be &le; {@code bound}
     * @param bound the inclusive upper bound
     * @param field the field name
     * @return {@code value}
     */
    public static double atMost(double value, double bound, String field) {
        if (!(finite(value, field) <= bound)) {
            throw new InvalidInputException(field, value, Rule.AT_MOST, written(bound));
        }
        return value;
    }

    /**
     * @param value a finite number that must lie in the closed interval [lo, hi]
     * @param lo    the lower bound, inclusive
     * @param hi    the upper bound, inclusive
     * @param field the field name
     * @return {@code value}
     */
    public static double inClosedRange(double value, double lo, double hi, String field) {
        if (!(finite(value, field) >= lo && value <= hi)) {
            throw new InvalidInputException(field, value, Rule.OUT_OF_RANGE, "[" + written(lo) + ", " + written(hi) + "]");
        }
        return value;
    }

    /**
     * @param value a finite number that must lie in the open interval (lo, hi)
     * @param lo    the lower bound, exclusive
     * @param hi    the upper bound, exclusive
     * @param field the field name
     * @return {@code value}
     */
    public static double inOpenRange(double value, double lo, double hi, String field) {
        if (!(finite(value, field) > lo && value < hi)) {
            throw new InvalidInputException(field, value, Rule.OUT_OF_RANGE, "(" + written(lo) + ", " + written(hi) + ")");
        }
        return value;
    }

    /**
     * @param value a finite number that must lie in the half-open interval (lo, hi]: above {@code lo},
     *              at most {@code hi}; the message prints the interval as written, e.g. {@code (0, 10]}
     * @param lo    the lower bound, exclusive
     * @param hi    the upper bound, inclusive
     * @param field the field name
     * @return {@code value}
     */
    public static double inLeftOpenRange(double value, double lo, double hi, String field) {
        if (!(finite(value, field) > lo && value <= hi)) {
            throw new InvalidInputException(field, value, Rule.OUT_OF_RANGE, "(" + written(lo) + ", " + written(hi) + "]");
        }
        return value;
    }

    /**
     * @param value a probability or share that must lie in [0, 1]
     * @param field the field name
     * @return {@code value}
     */
    public static double probability(double value, String field) {
        return inClosedRange(value, 0, 1, field);
    }

    /**
     * @param value an integer that must be &ge; {@code bound}
     * @param bound the inclusive lower bound
     * @param field the field name
     * @return {@code value}
     */
    public static int atLeast(int value, int bound, String field) {
        if (value < bound) {
            throw new InvalidInputException(field, value, Rule.AT_LEAST, bound);
        }
        return value;
    }

    /**
     * @param value an integer that must be &ge; {@code bound}
     * @param bound the inclusive lower bound
     * @param field the field name
     * @return {@code value}
     */
    public static long atLeast(long value, long bound, String field) {
        if (value < bound) {
            throw new InvalidInputException(field, value, Rule.AT_LEAST, bound);
        }
        return value;
    }

    /**
     * Rejects a size larger than a model accepts, before any work starts.
     *
     * @param value  the requested size
     * @param limit  the largest accepted size
     * @param field  the field name
     * @param advice what to do instead; empty when nothing
     * @return {@code value}
     */
    public static long withinLimit(long value, long limit, String field, String advice) {
        if (value > limit) {
            throw new LimitExceededException(field, value, limit, advice);
        }
        return value;
    }

    /**
     * @param text  text that must not be null or blank
     * @param field the field name
     * @return {@code text}
     */
    public static String notBlank(String text, String field) {
        if (notNull(text, field).isBlank()) {
            throw new InvalidInputException(field, text, Rule.EMPTY);
        }
        return text;
    }

    /**
     * Copies a list after checking it is not null, not empty and holds no nulls.
     *
     * @param list  the list; not null, not empty
     * @param field the field name; elements are reported as {@code field[i]}
     * @param <T>   the element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> nonEmptyCopy(Collection<? extends T> list, String field) {
        List<T> copy = copyOf(list, field);
        if (copy.isEmpty()) {
            throw new InvalidInputException(field, list, Rule.EMPTY);
        }
        return copy;
    }

    /**
     * Copies a list after checking it is not null and holds no nulls (it may be empty).
     *
     * @param list  the list; not null
     * @param field the field name; elements are reported as {@code field[i]}
     * @param <T>   the element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> copyOf(Collection<? extends T> list, String field) {
        notNull(list, field);
        int i = 0;
        for (T item : list) {
            notNull(item, field + "[" + i++ + "]");
        }
        return List.copyOf(list);
    }

    /**
     * @param actual   the size found
     * @param expected the size required
     * @param field    the field name
     * @return {@code actual}
     */
    public static int size(int actual, int expected, String field) {
        if (actual != expected) {
            throw new InvalidInputException(field, "size " + actual, Rule.SIZE_MISMATCH, expected);
        }
        return actual;
    }

    /**
     * @param condition a cross-field condition that must hold
     * @param field     the field blamed when it does not
     * @param value     the offending value for the message
     * @param rule      the rule broken
     * @param bounds    the rule's bounds
     */
    public static void that(boolean condition, String field, Object value, Rule rule, Object... bounds) {
        if (!condition) {
            throw new InvalidInputException(field, value, rule, bounds);
        }
    }

    /**
     * Formats a bound as it is written in the source: {@code 10} (not {@code 10.0}), {@code 0.001} (not
     * {@code 1.0E-3}), {@code 1000000000000000} (not {@code 1.0E15}), {@code 0} for −0; the shortest
     * decimal that reads back as the same double, in plain notation when its exponent is within ±20
     * (scientific beyond). Every range in a message is printed through it, so that a bound written as
     * 10 never reads {@code 10.000000000000002}: a bound that must admit its limit uses an inclusive
     * check ({@link #inLeftOpenRange}, {@link #inClosedRange}), never a bound nudged by an ulp.
     *
     * @param bound a finite bound
     * @return its text
     */
    public static String written(double bound) {
        if (!Double.isFinite(bound)) {
            return Double.toString(bound);
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(bound).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        int exponent = d.precision() - d.scale() - 1;
        return Math.abs(exponent) <= 20 ? d.toPlainString() : d.toString();
    }
}
