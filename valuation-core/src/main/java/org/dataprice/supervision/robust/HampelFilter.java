package org.dataprice.supervision.robust;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.dataprice.error.Require;

/**
 * The Hampel filter (Hampel 1974; Pearson 2002, §2): a value x is an outlier of its sample when its robust
 * score |x − median| / (1.4826 · MAD) exceeds a threshold t.
 *
 * <p><b>False-alarm rate.</b> For a normal sample the score is asymptotically |Z| with Z ~ N(0, 1), so a clean
 * value is flagged with probability 2(1 − Φ(t)) ({@link #falseAlarmRate()}): 0.27 % at t = 3 (the "3σ" rule
 * of Pearson 2002 and of R's {@code pracma::hampel}), 0.047 % at t = 3.5, 0.0063 % at t = 4. In small cells the
 * sample median and MAD are themselves noisy (the MAD's asymptotic efficiency is 37 %, Rousseeuw &amp; Croux
 * 1993, §2), so the realised rate is somewhat higher: about 0.4 % at t = 3 for cells of 30–200 deals in the
 * generator of {@code org.dataprice.supervision.market}.
 *
 * <p><b>Edge cases.</b> A cell with fewer than {@code minSample} prices (default 5) gets no score and no alert,
 * only a warning: five values are the fewest for which the MAD can be far from 0 with one outlier present.
 * When the MAD is 0 (more than half the prices tie) the scale falls back to 1.2533 · mean |x − median|
 * ({@link ScaleSource#MEAN_ABSOLUTE_DEVIATION}); when that is 0 too (all prices equal) the cell has no scale
 * and raises no alert, with a warning. Ties are otherwise ordinary values. Stateless and thread-safe.
 *
 * @param threshold t, the score above which a value is flagged, &gt; 0 (3 by convention)
 * @param minSample the fewest values a cell needs to be judged, &ge; 3 (5 by convention)
 */
public record HampelFilter(double threshold, int minSample) {
    /** t = 3, at least 5 values. */
    public static final HampelFilter DEFAULT = new HampelFilter(3, 5);
    /** √(π/2), the normal-consistency constant of the mean absolute deviation. */
    public static final double MEAN_AD_NORMAL_CONSISTENCY = 1.2533141373155;

    /** Validates. */
    public HampelFilter {
        Require.greaterThan(threshold, 0, "threshold");
        Require.atLeast(minSample, 3, "minSample");
    }

    /** @return 2(1 − Φ(t)), the share of a normal sample flagged by chance */
    public double falseAlarmRate() {
        return 2 * NormalDistribution.of(0, 1).survivalProbability(threshold);
    }

    /**
     * @param values finite log unit prices of one cell; not null, may be empty; not modified
     * @return the cell's statistics
     */
    public CellStatistics summarize(double[] values) {
        Require.finite(values, "values");
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return summarizeSorted(sorted, 0, sorted.length, new double[sorted.length]);
    }

    /**
     * The batch kernel: the statistics of {@code sorted[from, to)}, sorted ascending by the caller.
     *
     * @param sorted  ascending finite values; not null
     * @param from    first index, inclusive
     * @param to      last index, exclusive, &ge; from
     * @param scratch work space of length &ge; to − from; not null
     * @return the cell's statistics
     */
    public CellStatistics summarizeSorted(double[] sorted, int from, int to, double[] scratch) {
        int n = to - from;
        if (n == 0) {
            return new CellStatistics(0, 0, 0, 0, ScaleSource.NONE);
        }
        double median = RobustStatistics.medianOfSorted(sorted, from, to);
        double mad = RobustStatistics.MAD_NORMAL_CONSISTENCY
                * RobustStatistics.rawMadOfSorted(sorted, from, to, median, scratch);
        if (n < minSample) {
            return new CellStatistics(n, median, mad, 0, ScaleSource.NONE);
        }
        if (mad > 0) {
            return new CellStatistics(n, median, mad, mad, ScaleSource.MAD);
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += Math.abs(sorted[i] - median);
        }
        double meanAd = MEAN_AD_NORMAL_CONSISTENCY * sum / n;
        return meanAd > 0 ? new CellStatistics(n, median, 0, meanAd, ScaleSource.MEAN_ABSOLUTE_DEVIATION)
                : new CellStatistics(n, median, 0, 0, ScaleSource.NONE);
    }

    /**
     * @param cell the cell's statistics, {@link CellStatistics#usable() usable}; not null
     * @param x    a finite log unit price
     * @return |x − median| / scale
     */
    public double score(CellStatistics cell, double x) {
        Require.that(cell.usable(), "cell", cell.scaleSource(), org.dataprice.error.Rule.INVALID_STATE,
                "a cell without a scale has no scores");
        return Math.abs(x - cell.median()) / cell.scale();
    }

    /**
     * @param cell the cell's statistics; not null
     * @param x    a finite log unit price
     * @return true when the cell is usable and the score exceeds the threshold
     */
    public boolean isOutlier(CellStatistics cell, double x) {
        return cell.usable() && Math.abs(x - cell.median()) > threshold * cell.scale();
    }

    /**
     * @param cell the cell's statistics; not null
     * @return why the cell cannot be judged, or null when it can
     */
    public String warning(CellStatistics cell) {
        if (cell.usable()) {
            return null;
        }
        return cell.size() < minSample ? "fewer than " + minSample + " prices (" + cell.size() + "): not judged"
                : "all " + cell.size() + " prices equal: no spread, not judged";
    }
}
