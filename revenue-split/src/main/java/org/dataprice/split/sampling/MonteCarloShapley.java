package org.dataprice.split.sampling;

import org.dataprice.error.CancelledException;
import org.dataprice.progress.Progress;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.split.game.GameSteps;
import org.dataprice.split.game.IncrementalGame;
import org.dataprice.split.game.PlayerValues;

/**
 * Monte Carlo estimate of the Shapley value by permutation sampling (蒙特卡洛沙普利值):
 * φ<sub>i</sub> = E<sub>π</sub>[v(P<sub>i</sub><sup>π</sup> ∪ {i}) − v(P<sub>i</sub><sup>π</sup>)] over uniform
 * permutations π, P<sub>i</sub><sup>π</sup> the players before i; the estimate is the sample mean, its
 * standard error s/√m, and the interval mean ± z<sub>(1+c)/2</sub>·SE (normal approximation).
 * Variants: {@link SamplingVariant}.
 *
 * <p><b>Algorithm.</b> Each permutation is walked once through the game's incremental form
 * ({@link IncrementalGame.Walk}), so a permutation costs n marginal evaluations, not n coalition
 * evaluations. The budget is cut into blocks of {@code blockSize}; block b draws from its own
 * XoRoShiRo128++ stream seeded by SplitMix64(seed, b), keeps per player the sums of deviations from
 * its first sample (strata: Welford updates), and blocks are merged in index order (Chan, Golub &amp;
 * LeVeque 1983). Blocks run on both cores in rounds of {@value #BLOCKS_PER_ROUND} when a target standard
 * error is set (after each round the stop rule compares the largest standard error with the target) or stratified
 * (n² cells a block), else in passes of {@value #BLOCKS_PER_PASS}. The result is therefore identical for a seed whatever the number of
 * cores.
 *
 * <p><b>Limits.</b> n ≤ {@link IncrementalGame#MAX_PLAYERS}; budget ≤ {@link SamplingOptions#MAX_SAMPLES}.
 * Not reaching the target within the budget is reported by {@code converged = false}, not thrown.
 * Walk results must be finite (else {@code InvalidInputException} on "game"). Stateless and
 * thread-safe; the game must be thread-safe (each block takes its own walk).
 *
 * <p>Source: Castro, Gómez &amp; Tejada, "Polynomial calculation of the Shapley value based on sampling",
 * Computers &amp; Operations Research 36(5) (2009) 1726–1730.
 */
public final class MonteCarloShapley {
    /** The default instance. */
    public static final MonteCarloShapley DEFAULT = new MonteCarloShapley();
    static final int BLOCKS_PER_ROUND = 8;
    /** Blocks per parallel pass without a stop rule (one pass for the benchmark's 100 blocks; bounds memory). */
    static final int BLOCKS_PER_PASS = 128;
    private static final String METHOD = "split.shapley.monteCarlo";
    private static final String SOURCE = "Castro, Gomez & Tejada (2009), Computers & OR 36(5) 1726-1730";

    private MonteCarloShapley() {
    }

    /**
     * @param game    the game, in incremental form; not null
     * @param options budget, seed, variant, stop rule; not null
     * @return the estimates with standard errors and intervals
     */
    public SampledValues compute(IncrementalGame game, SamplingOptions options) {
        return compute(game, options, Truncation.NONE);
    }

    /**
     * Permutation sampling with truncated walks (used by truncated Monte Carlo Data Shapley).
     *
     * @param game       the game; not null
     * @param options    the options; STRATIFIED cannot be truncated; not null
     * @param truncation the truncation rule; not null
     * @return the estimates
     */
    public SampledValues compute(IncrementalGame game, SamplingOptions options, Truncation truncation) {
        return compute(game, options, truncation, Progress.NONE);
    }

    /**
     * Permutation sampling reporting its progress in blocks: {@code (0, B)} first, {@code (first, B)} as each block of
     * a round starts (from the worker running it, so a callback that throws {@link CancelledException} stops the
     * sampling within one block), and {@code (last, B)} after each round merged, B the number of blocks (the last
     * report is {@code (B, B)}, or earlier when the stop rule is met). The calls depend only on the options, never on
     * timing; the result is bit for bit the one without a callback.
     *
     * @param game       the game; not null
     * @param options    the options; not null
     * @param truncation the truncation rule; not null
     * @param progress   the callback, called from several threads (must be thread-safe); not null
     * @return the estimates
     */
    public SampledValues compute(IncrementalGame game, SamplingOptions options, Truncation truncation, Progress progress) {
        Require.notNull(game, "game");
        Require.notNull(progress, "progress");
        Require.notNull(options, "options");
        Require.notNull(truncation, "truncation");
        int n = game.players();
        Require.withinLimit(n, IncrementalGame.MAX_PLAYERS, "players", "");
        Require.that(!(truncation.enabled() && options.variant() == SamplingVariant.STRATIFIED), "truncation",
                truncation.tolerance(), Rule.INVALID_STATE, "truncation applies to permutation variants only");
        Plan plan = Plan.of(options, n);
        int cells = options.variant() == SamplingVariant.STRATIFIED ? n * n : n;
        Moments total = new Moments(cells);
        int done = 0;
        boolean converged = options.targetStandardError() == 0;
        double[] se = new double[n];
        double[] phi = new double[n];
        boolean stopRule = options.targetStandardError() > 0;
        int perRound = stopRule || options.variant() == SamplingVariant.STRATIFIED ? BLOCKS_PER_ROUND : BLOCKS_PER_PASS;
        progress.advance(0, plan.blocks());
        while (done < plan.blocks()) {
            CancelledException.throwIfInterrupted();
            int first = done;
            int last = Math.min(plan.blocks(), done + perRound);
            Moments[] round = new Moments[last - first];
            IntStream.range(first, last).parallel().forEach(b -> {
                progress.advance(first, plan.blocks()); // a cancel point per block; done stays at the round's start
                round[b - first] = block(game, options, truncation, plan, b);
            });
            for (Moments m : round) {
                total.merge(m);
            }
            done = last;
            progress.advance(done, plan.blocks());
            estimate(total, options.variant(), n, phi, se);
            if (options.targetStandardError() > 0 && max(se) <= options.targetStandardError()) {
                converged = true;
                break;
            }
        }
        return result(game, options, truncation, phi, se, total, converged);
    }

    /** The number of blocks and the samples of each. */
    private record Plan(int blocks, long perBlock, long lastBlock) {
        static Plan of(SamplingOptions o, int n) {
            long units;
            long perBlock;
            switch (o.variant()) {
                case ANTITHETIC -> {
                    units = (o.maxSamples() + 1) / 2; // pairs
                    perBlock = o.blockSize() / 2;
                }
                case STRATIFIED -> {
                    units = (o.maxSamples() + n - 1) / n; // draws per stratum
                    perBlock = Math.max(1, o.blockSize() / n);
                }
                default -> {
                    units = o.maxSamples();
                    perBlock = o.blockSize();
                }
            }
            long blocks = (units + perBlock - 1) / perBlock;
            Require.withinLimit(blocks, Integer.MAX_VALUE, "maxSamples", "use a larger blockSize");
            return new Plan((int) blocks, perBlock, units - (blocks - 1) * perBlock);
        }

        long size(int b) {
            return b == blocks - 1 ? lastBlock : perBlock;
        }
    }

    private static Moments block(IncrementalGame game, SamplingOptions o, Truncation t, Plan plan, int b) {
        UniformRandomProvider rng = stream(o.seed(), b);
        int n = game.players();
        IncrementalGame.Walk walk = game.walk();
        long size = plan.size(b);
        switch (o.variant()) {
            case STRATIFIED:
                return stratified(walk, n, size, rng);
            case ANTITHETIC:
                return permutations(walk, n, size, rng, true, t);
            default:
                return permutations(walk, n, size, rng, false, t);
        }
    }

    private static Moments permutations(IncrementalGame.Walk walk, int n, long count, UniformRandomProvider rng,
            boolean antithetic, Truncation t) {
        int[] perm = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] shift = null;
        double[] s1 = new double[n];
        double[] s2 = new double[n];
        double[] absSum = new double[n];
        double[] maxAbs = new double[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int[] reversed = antithetic ? new int[n] : null;
        for (long s = 0; s < count; s++) {
            shuffle(perm, rng);
            walk(walk, perm, x, t);
            if (antithetic) {
                for (int k = 0; k < n; k++) {
                    reversed[k] = perm[n - 1 - k];
                }
                walk(walk, reversed, y, t);
                for (int i = 0; i < n; i++) {
                    x[i] = 0.5 * (x[i] + y[i]); // average over π and its reverse
                }
            }
            if (shift == null) {
                shift = x.clone(); // sums of deviations from the first sample: no cancellation, no division
            }
            for (int i = 0; i < n; i++) {
                double d = x[i] - shift[i];
                s1[i] += d;
                s2[i] += d * d;
                double a = Math.abs(x[i]);
                absSum[i] += a;
                maxAbs[i] = Math.max(maxAbs[i], a);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(s2[i])) { // a non-finite marginal poisons its sums: checked once per block
                throw new org.dataprice.error.InvalidInputException("game", s2[i], Rule.NOT_FINITE);
            }
        }
        return Moments.ofShiftedSums(count, shift == null ? new double[n] : shift, s1, s2, absSum, maxAbs);
    }

    /** Walks a permutation, writing each player's marginal contribution: batched unless truncated. */
    private static void walk(IncrementalGame.Walk walk, int[] perm, double[] out, Truncation t) {
        if (!t.enabled()) {
            walk.walk(perm, out);
            return;
        }
        walk.reset();
        int n = perm.length;
        double worth = 0;
        boolean truncated = false;
        for (int k = 0; k < n; k++) {
            int p = perm[k];
            if (truncated) {
                out[p] = 0;
                continue;
            }
            double d = walk.join(p);
            if (!Double.isFinite(d)) {
                throw new org.dataprice.error.InvalidInputException("game", d, Rule.NOT_FINITE);
            }
            out[p] = d;
            worth += d;
            truncated = Math.abs(t.grandValue() - worth) < t.tolerance() * Math.abs(t.grandValue());
        }
    }

    private static Moments stratified(IncrementalGame.Walk walk, int n, long rounds, UniformRandomProvider rng) {
        Moments m = new Moments(n * n);
        int[] others = new int[n];
        for (long r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                int c = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        others[c++] = j;
                    }
                }
                for (int k = 0; k < n; k++) {
                    walk.reset();
                    for (int a = 0; a < k; a++) { // partial Fisher–Yates: a uniform k-subset of the others
                        int pick = a + rng.nextInt(n - 1 - a);
                        int tmp = others[a];
                        others[a] = others[pick];
                        others[pick] = tmp;
                        walk.join(others[a]);
                    }
                    double d = walk.join(i);
                    if (!Double.isFinite(d)) {
                        throw new org.dataprice.error.InvalidInputException("game", d, Rule.NOT_FINITE);
                    }
                    m.add(i * n + k, d);
                }
            }
        }
        return m;
    }

    private static void estimate(Moments m, SamplingVariant variant, int n, double[] phi, double[] se) {
        if (variant != SamplingVariant.STRATIFIED) {
            for (int i = 0; i < n; i++) {
                phi[i] = m.mean[i];
                se[i] = m.count[i] > 1 ? Math.sqrt(m.m2[i] / (m.count[i] - 1) / m.count[i]) : 0;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            double mean = 0;
            double var = 0;
            for (int k = 0; k < n; k++) {
                int c = i * n + k;
                mean += m.mean[c];
                var += m.count[c] > 1 ? m.m2[c] / (m.count[c] - 1) / m.count[c] : 0;
            }
            phi[i] = mean / n; // (1/n) Σ_k mean_ik
            se[i] = Math.sqrt(var) / n; // √(Σ_k s²_ik/m_ik) / n
        }
    }

    private SampledValues result(IncrementalGame game, SamplingOptions o, Truncation t, double[] phi, double[] se,
            Moments total, boolean converged) {
        int n = phi.length;
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + o.confidence() / 2);
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = phi[i] - z * se[i];
            hi[i] = phi[i] + z * se[i];
        }
        long samples = o.variant() == SamplingVariant.STRATIFIED ? total.count[0] * n : total.count[0];
        ShapleyDiagnostics diagnostics = diagnostics(game, o, phi, lo, hi, se, samples, total, converged);
        String method = METHOD + "." + o.variant().name().toLowerCase(java.util.Locale.ROOT);
        Step.Builder values = Step.builder(SamplingSteps.ESTIMATES)
                .formula("phi_i = mean of marginal contributions; SE = s / sqrt(m); CI = phi +- z SE").source(SOURCE);
        double sum = 0;
        for (int i = 0; i < n && i < 1000; i++) {
            values.child(Step.builder(GameSteps.PLAYER_VALUE).result(Quantity.of("player " + i, phi[i], ""))
                    .input("standardError", se[i], "").build());
        }
        for (double p : phi) {
            sum += p;
        }
        Explanation e = Explanation.builder(method).input("players", n).input("seed", o.seed())
                .input("maxSamples", o.maxSamples()).input("variant", o.variant().name())
                .input("targetStandardError", o.targetStandardError(), "").input("confidence", o.confidence(), "")
                .input("truncationTolerance", t.tolerance(), "")
                .step(Step.builder(SamplingSteps.SAMPLES).result(Quantity.count("samples", samples)).build())
                .step(Step.of(SamplingSteps.MAX_STANDARD_ERROR, "max_i SE_i", max(se), ""))
                .step(Step.of(SamplingSteps.QUANTILE, "z = Phi^-1((1 + confidence) / 2)", z, ""))
                .step(diagnosticsStep(diagnostics)).step(values.result(sum, "").build()).build();
        return new SampledValues(method, PlayerValues.listOf(phi), PlayerValues.listOf(se), PlayerValues.listOf(lo),
                PlayerValues.listOf(hi), o.confidence(), o.seed(), samples, converged, diagnostics, e);
    }

    /** The diagnostics from the merged moments: per player Σ|x|, Σx² = M2 + m·mean², max|x|; v(N) − v(∅) by one walk. */
    private static ShapleyDiagnostics diagnostics(IncrementalGame game, SamplingOptions o, double[] phi, double[] lo,
            double[] hi, double[] se, long samples, Moments total, boolean converged) {
        int n = phi.length;
        double[] absSum = new double[n];
        double[] sumSquares = new double[n];
        double[] maxAbs = new double[n];
        int strata = o.variant() == SamplingVariant.STRATIFIED ? n : 1;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < strata; k++) {
                int c = i * strata + k;
                absSum[i] += total.absSum[c];
                sumSquares[i] += total.m2[c] + total.count[c] * total.mean[c] * total.mean[c];
                maxAbs[i] = Math.max(maxAbs[i], total.maxAbs[c]);
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] marginal = new double[n];
        game.walk().walk(order, marginal);
        double grand = 0;
        for (double d : marginal) {
            grand += d;
        }
        Require.finite(grand, "game");
        long permutations = switch (o.variant()) {
            case PLAIN -> samples;
            case ANTITHETIC -> 2 * samples;
            case STRATIFIED -> 0;
        };
        return ShapleyDiagnostics.of(phi, lo, hi, se, samples, permutations, absSum, sumSquares, maxAbs, grand,
                o.confidence(), o.targetStandardError(), converged);
    }

    /** The explanation step of the diagnostics; its result is the smallest effective sample size. */
    private static Step diagnosticsStep(ShapleyDiagnostics d) {
        Step.Builder b = Step.builder(SamplingSteps.DIAGNOSTICS)
                .formula("largest share max|x|/sum|x| (warn above max(1%, 10/m)); ESS = (sum|x|)^2 / sum x^2 (warn below 1% m); "
                        + "efficiency sum phi = v(N) - v(empty); interval width (warn above 5% of |v(N) - v(empty)|); "
                        + "overlapping neighbours; m >= max(30, n H_n)")
                .input(Quantity.count("permutations", d.permutations()))
                .input(Quantity.count("requiredSamples", d.requiredSamples()))
                .input("v(N) - v(empty)", d.grandValue(), "").input("efficiencyGap", d.efficiencyGap(), "")
                .input("maxIntervalWidth", d.maxIntervalWidth(), "").input("largestShare", d.largestShare(), "")
                .input(Quantity.count("undeterminedPairs", d.undeterminedPairs()));
        for (int i = 0; i < d.warnings().size(); i++) {
            b.input(Quantity.text("warning " + (i + 1), d.warnings().get(i)));
        }
        return b.result(d.minEffectiveSampleSize(), "samples").source("Kish (1965) ESS; Castro, Gomez & Tejada (2009)").build();
    }

    private static double max(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static void shuffle(int[] a, UniformRandomProvider rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /**
     * The random stream of block b: XoRoShiRo128++ seeded with two SplitMix64 outputs of (seed, b).
     *
     * @param seed  the user's seed
     * @param block the block index
     * @return the generator
     */
    static UniformRandomProvider stream(long seed, long block) {
        long s = seed ^ mix(block + 0x632BE59BD9B4E019L);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {mix(s), mix(s + 0x9E3779B97F4A7C15L)});
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L; // SplitMix64 finaliser (Steele, Lea & Flood 2014)
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Welford moments per cell, mergeable (Chan, Golub &amp; LeVeque 1983). */
    private static final class Moments {
        final long[] count;
        final double[] mean;
        final double[] m2;
        /** Σ|x| per cell (for the largest share and the effective sample size). */
        final double[] absSum;
        /** max|x| per cell. */
        final double[] maxAbs;

        Moments(int cells) {
            count = new long[cells];
            mean = new double[cells];
            m2 = new double[cells];
            absSum = new double[cells];
            maxAbs = new double[cells];
        }

        /** mean = shift + S1/m, M2 = S2 − S1²/m for sums S1, S2 of deviations from a shift. */
        static Moments ofShiftedSums(long m, double[] shift, double[] s1, double[] s2, double[] absSum, double[] maxAbs) {
            Moments out = new Moments(shift.length);
            if (m == 0) {
                return out;
            }
            for (int c = 0; c < shift.length; c++) {
                out.count[c] = m;
                out.mean[c] = shift[c] + s1[c] / m;
                out.m2[c] = Math.max(0, s2[c] - s1[c] * s1[c] / m);
                out.absSum[c] = absSum[c];
                out.maxAbs[c] = maxAbs[c];
            }
            return out;
        }

        void add(int c, double x) {
            long k = ++count[c];
            double d = x - mean[c];
            mean[c] += d / k;
            m2[c] += d * (x - mean[c]);
            double a = Math.abs(x);
            absSum[c] += a;
            maxAbs[c] = Math.max(maxAbs[c], a);
        }

        void merge(Moments o) {
            for (int c = 0; c < count.length; c++) {
                long na = count[c];
                long nb = o.count[c];
                if (nb == 0) {
                    continue;
                }
                long nab = na + nb;
                double d = o.mean[c] - mean[c];
                mean[c] += d * nb / nab;
                m2[c] += o.m2[c] + d * d * na * nb / nab;
                count[c] = nab;
                absSum[c] += o.absSum[c];
                maxAbs[c] = Math.max(maxAbs[c], o.maxAbs[c]);
            }
        }
    }
}
