package org.dataprice.simulation;

import org.dataprice.error.CancelledException;
import org.dataprice.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.finance.montecarlo.MonteCarloDiagnostics;

/**
 * Monte Carlo simulation of a valuation over uncertain, correlated inputs (蒙特卡洛模拟).
 *
 * <p>Algorithm, for draws d = 1..N:
 * <ol>
 *   <li>z ~ N(0, I) independent standard normals (Marsaglia–Tsang ziggurat, McFarland 2016 variant in
 *       Commons RNG);</li>
 *   <li>w = L·z with R = L·Lᵀ the Cholesky factor of the correlation matrix (Gaussian copula);</li>
 *   <li>x<sub>i</sub> = F<sub>i</sub><sup>-1</sup>(Φ(w<sub>i</sub>)) for each input's distribution;</li>
 *   <li>V<sub>d</sub> = f(x).</li>
 * </ol>
 * Output: mean V̄ = ΣV<sub>d</sub>/N, s² = Σ(V<sub>d</sub> − V̄)²/(N − 1), SE = s/√N, 95 % interval
 * V̄ ± 1.96·SE, type-7 percentiles, P(V &gt; target) as the share of draws above it, and an
 * equal-width histogram. R is the correlation of the normal scores, not of the inputs themselves
 * (rank correlations are preserved, Pearson correlations of non-normal inputs are close but not equal).
 * Source: Glasserman, <i>Monte Carlo Methods in Financial Engineering</i> (2003) §2.3; Nelsen,
 * <i>An Introduction to Copulas</i> (2nd ed. 2006) §2.3; Vose, <i>Risk Analysis</i> (3rd ed.) ch. 13.
 *
 * <p>Reproducibility: draws are cut into chunks of {@value #CHUNK} and chunk c uses its own
 * {@code XO_RO_SHI_RO_128_PP} stream seeded from (seed, c) by SplitMix64, so the result depends only on
 * the seed and N, never on the thread count or scheduling. Limits: N ≤
 * {@link MonteCarloSettings#maxDraws()} (at most {@link MonteCarloSettings#MAX_DRAWS}); the values are
 * kept (8 bytes each) for percentiles.
 *
 * <p>Edge cases: a valuation function returning NaN or ±∞ aborts with a
 * {@link org.dataprice.error.CalculationException} naming the draw. Stateless and thread-safe
 * (provided the valuation function is).
 */
public final class ValuationMonteCarlo {
    /** The default instance. */
    public static final ValuationMonteCarlo DEFAULT = new ValuationMonteCarlo();
    /** Draws per independent random stream. */
    public static final int CHUNK = 1024;

    private static final String METHOD = "simulation.valuationMonteCarlo";
    private static final String DIAGNOSTICS_SOURCE = "Kish, Survey Sampling (1965); Owen, Monte Carlo theory (2013) ch. 9";
    private static final String SOURCE = "Glasserman (2003) §2.3; Nelsen (2006) §2.3 Gaussian copula";

    /**
     * Runs the simulation.
     *
     * @param inputs the model, input distributions, correlation and settings; not null
     * @return the statistics of the simulated value, with its explanation
     */
    public SimulationResult run(SimulationInputs inputs) {
        return run(inputs, Progress.NONE);
    }

    /**
     * Runs the simulation, reporting the draws done after each chunk of {@value #CHUNK}.
     *
     * @param inputs   the model, input distributions, correlation and settings; not null
     * @param progress told (draws done, N) before the first chunk and after each one, from the worker threads
     *                 when {@code threads > 1}; may stop the run by throwing
     *                 {@link CancelledException}; not null. The result is bit-identical to {@link #run(SimulationInputs)}.
     * @return the statistics of the simulated value, with its explanation
     */
    public SimulationResult run(SimulationInputs inputs, Progress progress) {
        Require.notNull(inputs, "inputs");
        double[] values = simulate(inputs, progress);
        return summarise(inputs, values);
    }

    /**
     * The primitive kernel: the simulated values in draw order (unsorted).
     *
     * @param inputs the simulation; not null
     * @return V<sub>1..N</sub>
     */
    public double[] simulate(SimulationInputs inputs) {
        return simulate(inputs, Progress.NONE);
    }

    /**
     * The primitive kernel with progress: the same values as {@link #simulate(SimulationInputs)}, bit for bit.
     *
     * @param inputs   the simulation; not null
     * @param progress told (draws done, N) before the first chunk and after each chunk; may throw
     *                 {@link CancelledException} to stop; not null (thread-safe when {@code threads > 1})
     * @return V<sub>1..N</sub>
     */
    public double[] simulate(SimulationInputs inputs, Progress progress) {
        Require.notNull(inputs, "inputs");
        Require.notNull(progress, "progress");
        int n = inputs.settings().draws();
        double[] out = new double[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        Kernel kernel = new Kernel(inputs);
        int threads = Math.min(inputs.settings().threads(), chunks);
        progress.advance(0, n);
        if (threads <= 1) {
            for (int c = 0; c < chunks; c++) {
                CancelledException.throwIfInterrupted();
                kernel.chunk(c, out);
                progress.advance(Math.min(n, (c + 1L) * CHUNK), n);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            AtomicLong done = new AtomicLong();
            AtomicBoolean stopped = new AtomicBoolean(); // once one chunk is cancelled the others start no work
            try {
                Thread caller = Thread.currentThread();
                pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
                    if (caller.isInterrupted() || stopped.get()) {
                        throw new CancelledException("simulate");
                    }
                    kernel.chunk(c, out);
                    try {
                        progress.advance(done.addAndGet(Math.min(n, (c + 1L) * CHUNK) - (long) c * CHUNK), n);
                    } catch (CancelledException e) {
                        stopped.set(true);
                        throw e;
                    }
                })).join();
            } finally {
                pool.shutdown();
            }
        }
        return out;
    }

    private static SimulationResult summarise(SimulationInputs inputs, double[] values) {
        MonteCarloSettings settings = inputs.settings();
        int n = values.length;
        double sum = 0;
        double absSum = 0;
        double sumSq = 0;
        double maxAbs = 0;
        int zeros = 0;
        for (double v : values) {
            sum += v;
            double a = Math.abs(v);
            absSum += a;
            sumSq += v * v;
            maxAbs = Math.max(maxAbs, a);
            zeros += v == 0 ? 1 : 0;
        }
        double zeroShare = (double) zeros / n;
        double largestShare = absSum > 0 ? Math.min(maxAbs / absSum, 1) : 0;
        double ess = sumSq > 0 ? Math.min(absSum * absSum / sumSq, n) : 0;
        List<String> warnings = warnings(n, largestShare, ess);
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double se = sd / Math.sqrt(n);
        java.util.Arrays.sort(values);
        SortedSample sample = SortedSample.wrapSorted(values);
        List<Percentile> percentiles = new ArrayList<>();
        for (double p : settings.percentiles()) {
            percentiles.add(new Percentile(p, sample.quantile(p)));
        }
        OptionalDouble above = settings.target().isPresent()
                ? OptionalDouble.of(sample.fractionAbove(settings.target().getAsDouble()))
                : OptionalDouble.empty();
        Histogram histogram = Histogram.of(sample, settings.histogramBins());
        Step.Builder d = Step.builder(SimulationSteps.DIAGNOSTICS)
                .formula("zero share #{V = 0}/N; largest share max|V|/sum|V| (warn above max(1%, 10/N)); "
                        + "ESS = (sum|V|)^2 / sum V^2 (warn below 1% N)")
                .input("zeroShare", zeroShare, "").input("largestShare", largestShare, "");
        for (int i = 0; i < warnings.size(); i++) {
            d.input(Quantity.text("warning " + (i + 1), warnings.get(i)));
        }
        Step diagnostics = d.result(ess, "draws").source(DIAGNOSTICS_SOURCE).build();
        Explanation explanation = explain(inputs, mean, sd, se, percentiles, above, diagnostics);
        return new SimulationResult(n, settings.seed(), mean, sd, se, mean - SimulationResult.Z_95 * se,
                mean + SimulationResult.Z_95 * se, percentiles, settings.target(), above, histogram, zeroShare,
                largestShare, ess, warnings, sample, explanation);
    }

    /** The warnings of the mean: one draw carrying too much of Σ|V|, or too few effective draws. */
    static List<String> warnings(int n, double largestShare, double ess) {
        List<String> w = new ArrayList<>();
        double limit = MonteCarloDiagnostics.largestShareLimit(n);
        if (largestShare > limit) {
            w.add("unreliable: the largest single draw is " + percent(largestShare) + " of the sum of |V| (> "
                    + percent(limit) + "): the mean rests on a few draws of a heavy-tailed input");
        }
        if (ess > 0 && ess < MonteCarloDiagnostics.MIN_ESS_SHARE * n) {
            w.add("unreliable: effective sample size (sum |V|)^2 / sum V^2 = " + number(ess) + " is below "
                    + percent(MonteCarloDiagnostics.MIN_ESS_SHARE) + " of the " + n + " draws");
        }
        return w;
    }

    private static String percent(double share) {
        return number(100 * share) + "%";
    }

    /** Six significant digits. */
    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static Explanation explain(SimulationInputs inputs, double mean, double sd, double se,
            List<Percentile> percentiles, OptionalDouble above, Step diagnostics) {
        MonteCarloSettings s = inputs.settings();
        String unit = inputs.model().unit();
        Explanation.Builder b = Explanation.builder(METHOD)
                .input("model", inputs.model().name())
                .input("seed", s.seed())
                .input("draws", s.draws());
        for (SimulationInput in : inputs.inputs()) {
            b.input(in.name(), in.distribution().describe());
            if (in.distribution() instanceof EmpiricalDistribution e) {
                b.hashOnly(in.name() + ".observations", e.observations()); // the description shows only n, min, max
            }
        }
        b.hashOnly("correlation", inputs.correlation().toString());
        b.step(Step.builder(SimulationSteps.DRAWS).formula("N draws in chunks of " + CHUNK
                + ", stream c seeded from (seed, c)").result(Quantity.count("N", s.draws())).build());
        b.step(Step.builder(SimulationSteps.COPULA).formula("z ~ N(0, I); w = L·z, R = L·Lᵀ; x_i = F_i⁻¹(Φ(w_i))")
                .result(Quantity.text("copula", inputs.correlation().isIdentity() ? "independent" : "Gaussian"))
                .source(SOURCE).build());
        b.step(Step.builder(SimulationSteps.STANDARD_DEVIATION).formula("s = √(Σ(V_d − V̄)² / (N − 1))")
                .result(sd, unit).build());
        b.step(Step.builder(SimulationSteps.STANDARD_ERROR).formula("SE = s / √N").result(se, unit).build());
        b.step(Step.builder(SimulationSteps.CONFIDENCE_LOWER).formula("V̄ − 1.959964·SE")
                .result(mean - SimulationResult.Z_95 * se, unit).build());
        b.step(Step.builder(SimulationSteps.CONFIDENCE_UPPER).formula("V̄ + 1.959964·SE")
                .result(mean + SimulationResult.Z_95 * se, unit).build());
        for (Percentile p : percentiles) {
            b.step(Step.builder(SimulationSteps.PERCENTILE).formula("Hyndman–Fan type 7, p = " + p.probability())
                    .input("p", p.probability(), "").result(p.value(), unit).build());
        }
        if (above.isPresent()) {
            b.step(Step.builder(SimulationSteps.PROBABILITY_ABOVE_TARGET).formula("#{V_d > target} / N")
                    .input("target", s.target().getAsDouble(), unit).result(above.getAsDouble(), "").build());
        }
        b.step(diagnostics);
        b.step(Step.builder(SimulationSteps.MEAN).formula("V̄ = Σ V_d / N").result(mean, unit).source(SOURCE).build());
        return b.build();
    }

    /** Per-run state shared read-only by the chunk workers. */
    private static final class Kernel {
        private final ValuationModel model;
        private final CorrelationMatrix correlation;
        private final InputDistribution[] distributions;
        private final int[] position;
        private final long seed;
        private final int draws;

        Kernel(SimulationInputs inputs) {
            this.model = inputs.model();
            this.correlation = inputs.correlation();
            int k = inputs.inputs().size();
            this.distributions = new InputDistribution[k];
            this.position = new int[k];
            for (int i = 0; i < k; i++) {
                SimulationInput in = inputs.inputs().get(i);
                distributions[i] = in.distribution();
                position[i] = model.indexOf(in.name(), "inputs[" + i + "].name");
            }
            this.seed = inputs.settings().seed();
            this.draws = inputs.settings().draws();
        }

        void chunk(int c, double[] out) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(streamSeed(seed, c));
            ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            int k = distributions.length;
            double[] z = new double[k];
            double[] w = new double[k];
            double[] x = new double[k];
            int end = Math.min(draws, (c + 1) * CHUNK);
            for (int d = c * CHUNK; d < end; d++) {
                for (int j = 0; j < k; j++) {
                    z[j] = gauss.sample();
                }
                correlation.correlate(z, w);
                for (int i = 0; i < k; i++) {
                    x[position[i]] = distributions[i].fromStandardNormal(w[i]);
                }
                double v = model.function().value(x);
                if (!Double.isFinite(v)) {
                    throw CalculationException.noSolution(model.name(), "valuation function returned " + v
                            + " at draw " + d);
                }
                out[d] = v;
            }
        }
    }

    /** SplitMix64 finaliser of seed + (c + 1)·golden gamma: decorrelated seeds for each chunk's stream. */
    static long streamSeed(long seed, int chunk) {
        long z = seed + (chunk + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
