package org.dataprice.simulation;

import java.util.List;
import org.dataprice.error.Require;

/**
 * Histogram data of simulated values: equal-width bins from the smallest to the largest value.
 * Bin k covers [lower + k·width, lower + (k+1)·width), the last bin also includes its upper edge.
 * When every value is equal the width is 0 and the single bin holds every value.
 *
 * @param lower the lower edge of the first bin (the minimum); finite
 * @param width the bin width, ≥ 0
 * @param counts the number of values per bin; sum = the number of draws; copied
 */
public record Histogram(double lower, double width, List<Long> counts) {
    /** Validates and copies. */
    public Histogram {
        Require.finite(lower, "lower");
        Require.nonNegative(width, "width");
        counts = Require.nonEmptyCopy(counts, "counts");
    }

    /**
     * @param k the bin index
     * @return the lower edge of bin k
     */
    public double binLower(int k) {
        return lower + k * width;
    }

    /** @return the total count */
    public long total() {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /** Builds the histogram of a sorted sample. */
    static Histogram of(SortedSample sample, int bins) {
        double min = sample.min();
        double max = sample.max();
        if (max == min) {
            return new Histogram(min, 0, List.of((long) sample.size()));
        }
        double width = (max - min) / bins;
        long[] counts = new long[bins];
        double[] values = sample.toArray();
        for (double v : values) {
            int k = (int) ((v - min) / width);
            counts[Math.min(k, bins - 1)]++;
        }
        Long[] boxed = new Long[bins];
        for (int k = 0; k < bins; k++) {
            boxed[k] = counts[k];
        }
        return new Histogram(min, width, List.of(boxed));
    }
}
