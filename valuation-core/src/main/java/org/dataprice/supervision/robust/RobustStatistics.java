package org.dataprice.supervision.robust;

import java.util.Arrays;
import org.dataprice.error.Require;

/**
 * The median and the median absolute deviation (MAD, 中位数绝对偏差).
 *
 * <p>Formulas: median = the middle order statistic, the mean of the two middle ones when n is even (R's
 * {@code median}); MAD = c · median<sub>i</sub>|x<sub>i</sub> − median(x)| with c = 1.4826 ≈ 1/Φ<sup>−1</sup>(3/4),
 * which makes the MAD a consistent estimator of σ for a normal sample (R's {@code mad} with its default
 * {@code constant = 1.4826}; Rousseeuw &amp; Croux 1993, §1; Hampel 1974, §4). The MAD has a 50 % breakdown point:
 * up to half the sample may be arbitrarily wrong before it breaks down, unlike the standard deviation (0 %).
 *
 * <p>Edge cases: an empty or non-finite sample is refused; ties are kept (the median of {@code 1,1,1,5} is 1 and
 * its MAD is 0); a sample with more than half its values equal has MAD 0 (see {@link HampelFilter} for what the
 * filter does then). Tested against values computed by hand by the definition of R's {@code median} and {@code mad} (1e-12).
 * Stateless and thread-safe.
 */
public final class RobustStatistics {
    /** The normal-consistency constant c = 1.4826 of the MAD, as in R's {@code mad}. */
    public static final double MAD_NORMAL_CONSISTENCY = 1.4826;

    private RobustStatistics() {
    }

    /**
     * @param values finite values, at least one; not null; not modified
     * @return their median
     */
    public static double median(double[] values) {
        return medianOfSorted(sortedCopy(values, "values"), 0, values.length);
    }

    /**
     * @param values finite values, at least one; not null; not modified
     * @return the MAD scaled by {@link #MAD_NORMAL_CONSISTENCY}
     */
    public static double mad(double[] values) {
        double[] sorted = sortedCopy(values, "values");
        double m = medianOfSorted(sorted, 0, sorted.length);
        return MAD_NORMAL_CONSISTENCY * rawMadOfSorted(sorted, 0, sorted.length, m, new double[sorted.length]);
    }

    /**
     * The median of {@code sorted[from, to)}, which the caller has sorted ascending (the batch kernel).
     *
     * @param sorted ascending values; not null
     * @param from   first index, inclusive
     * @param to     last index, exclusive, &gt; from
     * @return the median
     */
    public static double medianOfSorted(double[] sorted, int from, int to) {
        int n = to - from;
        Require.atLeast(n, 1, "values.length");
        int mid = from + n / 2;
        // the two middle order statistics when n is even
        return (n & 1) == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    /**
     * The unscaled MAD of {@code sorted[from, to)} about {@code median}: median |x − m|, using {@code scratch}
     * (length &ge; to − from) for the deviations so that a batch over many cells allocates nothing.
     *
     * @param sorted  ascending values; not null
     * @param from    first index, inclusive
     * @param to      last index, exclusive
     * @param median  their median
     * @param scratch work space; not null
     * @return median |x<sub>i</sub> − median|, unscaled
     */
    public static double rawMadOfSorted(double[] sorted, int from, int to, double median, double[] scratch) {
        int n = to - from;
        // merge the two sorted runs of deviations (left of the median, reversed, and right of it) in O(n)
        int split = from;
        while (split < to && sorted[split] < median) {
            split++;
        }
        int left = split - 1;
        int right = split;
        for (int k = 0; k < n; k++) {
            double dl = left >= from ? median - sorted[left] : Double.MAX_VALUE;
            double dr = right < to ? sorted[right] - median : Double.MAX_VALUE;
            if (dl <= dr) {
                scratch[k] = dl;
                left--;
            } else {
                scratch[k] = dr;
                right++;
            }
        }
        return medianOfSorted(scratch, 0, n);
    }

    private static double[] sortedCopy(double[] values, String field) {
        Require.finite(values, field);
        Require.atLeast(values.length, 1, field + ".length");
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
