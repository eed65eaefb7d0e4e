package org.dataprice.simulation;

import java.util.Arrays;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The empirical distribution of observed values (经验分布), e.g. historical growth rates or
 * comparable transaction multiples: sampling it draws the observations with replacement.
 *
 * <p>Quantile: the inverse of the empirical distribution function, F<sub>n</sub><sup>-1</sup>(u) =
 * x<sub>(⌊un⌋+1)</sub> for u &lt; 1 and x<sub>(n)</sub> for u = 1 (Hyndman &amp; Fan 1996, definition 1),
 * so each observation has probability 1/n. Mean x̄ and variance Σ(x − x̄)²/n (the distribution's own
 * variance, not the sample estimate of a population's).
 *
 * <p>Accepts 1 to {@link #MAX_OBSERVATIONS} finite observations. Immutable and thread-safe.
 */
public final class EmpiricalDistribution implements InputDistribution {
    /** The largest number of observations accepted. */
    public static final int MAX_OBSERVATIONS = 1_000_000;

    private final double[] sorted;
    private final double mean;
    private final double variance;

    private EmpiricalDistribution(double[] sorted) {
        this.sorted = sorted;
        double sum = 0;
        for (double x : sorted) {
            sum += x;
        }
        double m = sum / sorted.length;
        double ss = 0;
        for (double x : sorted) {
            ss += (x - m) * (x - m);
        }
        this.mean = m;
        this.variance = ss / sorted.length;
    }

    /**
     * @param observations finite values, 1 to {@link #MAX_OBSERVATIONS}; not null; copied
     * @return the distribution
     */
    public static EmpiricalDistribution of(double... observations) {
        Require.finite(observations, "observations");
        Require.that(observations.length > 0, "observations", "[]", Rule.EMPTY);
        Require.withinLimit(observations.length, MAX_OBSERVATIONS, "observations", "");
        double[] copy = observations.clone();
        Arrays.sort(copy);
        return new EmpiricalDistribution(copy);
    }

    /** @return the observations in ascending order (a copy) */
    public double[] observations() {
        return sorted.clone();
    }

    @Override
    public double quantile(double u) {
        int i = (int) (u * sorted.length); // ⌊un⌋, 0-based index of x_(⌊un⌋+1)
        return sorted[Math.min(Math.max(i, 0), sorted.length - 1)];
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return variance;
    }

    @Override
    public String describe() {
        return "Empirical(n=" + sorted.length + ", min=" + sorted[0] + ", max=" + sorted[sorted.length - 1] + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmpiricalDistribution e && Arrays.equals(e.sorted, sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return describe();
    }
}
