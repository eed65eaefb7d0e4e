package org.dataprice.simulation;

import java.util.Arrays;
import org.dataprice.error.Require;

/**
 * The simulated values of a Monte Carlo run in ascending order, for percentiles and downstream uses
 * such as the stressed pledge limit.
 *
 * <p>Percentile definition: Hyndman &amp; Fan (1996) definition 7 (R's default, Excel
 * {@code PERCENTILE.INC}): h = (n − 1)p, Q(p) = x<sub>(⌊h⌋)</sub> + (h − ⌊h⌋)(x<sub>(⌊h⌋+1)</sub> −
 * x<sub>(⌊h⌋)</sub>), 0-based. Immutable and thread-safe.
 */
public final class SortedSample {
    private final double[] sorted;

    private SortedSample(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * @param values finite values, at least one; not null; copied and sorted
     * @return the sample
     */
    public static SortedSample of(double[] values) {
        Require.finite(values, "values");
        Require.atLeast(values.length, 1, "values.length");
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new SortedSample(copy);
    }

    /** Wraps an array the caller has sorted and will not touch again. */
    static SortedSample wrapSorted(double[] sorted) {
        return new SortedSample(sorted);
    }

    /** @return the number of values */
    public int size() {
        return sorted.length;
    }

    /** @return the smallest value */
    public double min() {
        return sorted[0];
    }

    /** @return the largest value */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /**
     * @param p the probability, in [0, 1]
     * @return the type-7 percentile Q(p)
     */
    public double quantile(double p) {
        Require.probability(p, "p");
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * @param target a finite value
     * @return the share of values strictly greater than target
     */
    public double fractionAbove(double target) {
        Require.finite(target, "target");
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) { // first index with x > target
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return (sorted.length - lo) / (double) sorted.length;
    }

    /** @return a copy of the values in ascending order */
    public double[] toArray() {
        return sorted.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortedSample s && Arrays.equals(s.sorted, sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return "SortedSample(n=" + sorted.length + ", min=" + min() + ", max=" + max() + ")";
    }
}
