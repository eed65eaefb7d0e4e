package org.dataprice.valuation.income;

import java.util.Arrays;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * An immutable series of per-period amounts (period 1 first), in the currency units of the
 * valuation (e.g. CNY). Finite; at most {@link #MAX_PERIODS} periods. Immutable and thread-safe.
 */
public final class Amounts {
    /** The longest series accepted. */
    public static final int MAX_PERIODS = 1_000;

    private final double[] values;

    private Amounts(double[] values) {
        this.values = values;
    }

    /**
     * @param values finite amounts, period 1 first; not empty; copied
     * @return the series
     */
    public static Amounts of(double... values) {
        double[] copy = Require.finite(values, "amounts").clone();
        Require.that(copy.length > 0, "amounts", "[]", Rule.EMPTY);
        Require.withinLimit(copy.length, MAX_PERIODS, "amounts", "");
        return new Amounts(copy);
    }

    /** @return the number of periods */
    public int size() {
        return values.length;
    }

    /**
     * @param t the period, 1-based
     * @return the amount of period t
     */
    public double get(int t) {
        return values[t - 1];
    }

    /** @return a copy, period 1 at index 0 */
    public double[] toArray() {
        return values.clone();
    }

    double[] raw() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amounts a && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
