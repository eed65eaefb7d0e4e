package org.dataprice.simulation;

import java.util.List;
import java.util.OptionalDouble;
import org.dataprice.error.Require;

/**
 * How to run a valuation Monte Carlo: number of draws, seed, threads, the percentiles and histogram
 * to report, and an optional target value.
 *
 * @param draws        the number of draws, 2 to {@code maxDraws}
 * @param seed         the seed of the random streams; the same seed gives the same result
 * @param threads      worker threads, 1 to 64; results do not depend on it (fixed-size chunks, each
 *                     with its own stream)
 * @param percentiles  percentiles to report, each in [0, 1] (e.g. 0.05); copied
 * @param histogramBins number of equal-width histogram bins, 1 to 1,000
 * @param target       a value whose exceedance probability P(V &gt; target) is reported; empty for none
 * @param maxDraws     the ceiling on draws, 2 to {@link #MAX_DRAWS} (configuration)
 */
public record MonteCarloSettings(int draws, long seed, int threads, List<Double> percentiles, int histogramBins,
        OptionalDouble target, int maxDraws) {
    /** The hard ceiling on draws (the values are kept in memory: 8 bytes each). */
    public static final int MAX_DRAWS = 10_000_000;
    /** The default percentiles: 5, 10, 25, 50, 75, 90, 95 %. */
    public static final List<Double> DEFAULT_PERCENTILES = List.of(0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95);
    /** The default number of histogram bins. */
    public static final int DEFAULT_BINS = 20;

    /** Validates and copies. */
    public MonteCarloSettings {
        Require.atLeast(maxDraws, 2, "maxDraws");
        Require.withinLimit(maxDraws, MAX_DRAWS, "maxDraws", "");
        Require.atLeast(draws, 2, "draws");
        Require.withinLimit(draws, maxDraws, "draws", "raise maxDraws (at most " + MAX_DRAWS + ") or use fewer draws");
        Require.atLeast(threads, 1, "threads");
        Require.withinLimit(threads, 64, "threads", "");
        percentiles = Require.copyOf(percentiles, "percentiles");
        for (int i = 0; i < percentiles.size(); i++) {
            Require.probability(percentiles.get(i), "percentiles[" + i + "]");
        }
        Require.atLeast(histogramBins, 1, "histogramBins");
        Require.withinLimit(histogramBins, 1000, "histogramBins", "");
        Require.notNull(target, "target");
        if (target.isPresent()) {
            Require.finite(target.getAsDouble(), "target");
        }
    }

    /**
     * Default settings: one thread, the default percentiles and bins, no target.
     *
     * @param draws the number of draws
     * @param seed  the seed
     * @return the settings
     */
    public static MonteCarloSettings of(int draws, long seed) {
        return new MonteCarloSettings(draws, seed, 1, DEFAULT_PERCENTILES, DEFAULT_BINS, OptionalDouble.empty(),
                MAX_DRAWS);
    }

    /**
     * @param value the target value
     * @return a copy reporting P(V &gt; value)
     */
    public MonteCarloSettings withTarget(double value) {
        return new MonteCarloSettings(draws, seed, threads, percentiles, histogramBins, OptionalDouble.of(value),
                maxDraws);
    }

    /**
     * @param count worker threads
     * @return a copy with that many threads
     */
    public MonteCarloSettings withThreads(int count) {
        return new MonteCarloSettings(draws, seed, count, percentiles, histogramBins, target, maxDraws);
    }
}
