package org.dataprice.simulation;

import java.util.List;
import java.util.OptionalDouble;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * The result of a valuation Monte Carlo ({@link ValuationMonteCarlo}).
 *
 * @param draws                   N, the number of draws
 * @param seed                    the seed used
 * @param mean                    the sample mean of the value, the headline figure
 * @param standardDeviation       the sample standard deviation s (divisor N − 1)
 * @param standardError           s/√N, the standard error of the mean
 * @param confidenceLower         mean − 1.959964·SE (95 % normal interval)
 * @param confidenceUpper         mean + 1.959964·SE
 * @param percentiles             the requested percentiles; copied
 * @param target                  the target value, when one was given
 * @param probabilityAboveTarget  P(V &gt; target), the share of draws above it, when a target was given
 * @param histogram               histogram data; not null
 * @param zeroShare               #{V_d = 0} / N
 * @param largestShare            max |V_d| / Σ |V_d| (0 when every V_d = 0)
 * @param effectiveSampleSize     (Σ |V_d|)² / Σ V_d², Kish's effective sample size with |V| as weights (0 when all zero)
 * @param warnings                why the mean is unreliable, each starting "unreliable:"; empty when none; copied
 * @param values                  the simulated values, sorted; not null
 * @param explanation             how the result was obtained; its last step is the mean
 */
public record SimulationResult(int draws, long seed, double mean, double standardDeviation, double standardError,
        double confidenceLower, double confidenceUpper, List<Percentile> percentiles, OptionalDouble target,
        OptionalDouble probabilityAboveTarget, Histogram histogram, double zeroShare, double largestShare,
        double effectiveSampleSize, List<String> warnings, SortedSample values, Explanation explanation) {
    /** The 97.5 % standard normal quantile used for the 95 % interval. */
    public static final double Z_95 = 1.959963984540054;

    /** Validates and copies. */
    public SimulationResult {
        Require.atLeast(draws, 2, "draws");
        Require.finite(mean, "mean");
        Require.nonNegative(standardDeviation, "standardDeviation");
        Require.nonNegative(standardError, "standardError");
        percentiles = Require.copyOf(percentiles, "percentiles");
        Require.notNull(target, "target");
        Require.notNull(probabilityAboveTarget, "probabilityAboveTarget");
        Require.notNull(histogram, "histogram");
        Require.finite(zeroShare, "zeroShare");
        Require.finite(largestShare, "largestShare");
        Require.finite(effectiveSampleSize, "effectiveSampleSize");
        warnings = Require.copyOf(warnings, "warnings");
        Require.notNull(values, "values");
        Require.notNull(explanation, "explanation");
    }

    /**
     * @param p a probability in [0, 1]
     * @return the type-7 percentile of the simulated values
     */
    public double percentile(double p) {
        return values.quantile(p);
    }
}
