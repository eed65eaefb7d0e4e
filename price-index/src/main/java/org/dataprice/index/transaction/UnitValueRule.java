package org.dataprice.index.transaction;

import org.dataprice.error.Require;

/**
 * The cleaning rule applied before unit values are formed.
 *
 * <ul>
 *   <li><b>Outliers</b>: a transaction whose price relative to the median price of its product and
 *   period, {@code r = p / median}, lies outside {@code [lowerRelative, upperRelative]} is dropped
 *   (the relative-bounds filter of the CPI Manual 2020, ¶10.59). {@link #NONE} keeps all.</li>
 *   <li><b>Thin cells</b>: a product-period with fewer than {@code minTransactions} remaining
 *   transactions is treated as absent (not sold), so it does not enter the index.</li>
 * </ul>
 *
 * @param lowerRelative   the lowest kept relative to the median, in [0, 1]
 * @param upperRelative   the highest kept relative, finite and &ge; 1
 * @param minTransactions the fewest transactions for a unit value, &ge; 1
 */
public record UnitValueRule(double lowerRelative, double upperRelative, int minTransactions) {
    /** Keeps every transaction and every non-empty cell. */
    public static final UnitValueRule NONE = new UnitValueRule(0, Double.MAX_VALUE, 1);

    /** Validates. */
    public UnitValueRule {
        Require.inClosedRange(lowerRelative, 0, 1, "lowerRelative");
        Require.atLeast(upperRelative, 1, "upperRelative");
        Require.atLeast(minTransactions, 1, "minTransactions");
    }

    /** @return whether the outlier filter drops anything at all */
    public boolean filtersOutliers() {
        return lowerRelative > 0 || upperRelative < Double.MAX_VALUE;
    }
}
