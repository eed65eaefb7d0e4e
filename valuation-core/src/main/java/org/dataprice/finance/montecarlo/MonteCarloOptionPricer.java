package org.dataprice.finance.montecarlo;

import org.dataprice.error.CancelledException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.finance.option.OptionType;

/**
 * Monte Carlo value (蒙特卡洛模拟) of a European or path-dependent option under geometric Brownian
 * motion, with antithetic variates, a control variate, standard error and 95% confidence interval.
 *
 * <p><b>Dynamics.</b> Exact GBM steps: S(t + dt) = S(t) exp((r − q − σ²/2) dt + σ √dt Z), Z ~ N(0,1); a
 * European payoff takes one step of length T (the exact terminal law), path-dependent payoffs m
 * steps of T/m. Value = e^(−rT) E[payoff] (Glasserman, <i>Monte Carlo Methods in Financial
 * Engineering</i>, Springer 2004, §3.2, §4.1–4.2; Hull, OFOD 9th ed., §21.6).
 *
 * <p><b>Estimator.</b> A sample is one path, or with antithetic variates the mean of a path and its
 * mirror (−Z), so n = paths or paths/2 independent samples Y. With a control X of known mean,
 * Y_cv = Y − β (X − E[X]) with β = cov(X, Y)/var(X) from the same samples; SE = sqrt(s²/n), s² the
 * (residual) sample variance with n − 1 (n − 2 with a control) degrees of freedom; CI = value ± 1.959964 SE.
 *
 * <p><b>Streams and determinism.</b> Samples are cut into fixed chunks of {@link #CHUNK_SAMPLES}. Chunk c
 * draws from its own stream: {@code RandomSource.XO_RO_SHI_RO_128_PP.create(seed)} advanced by c
 * jumps of 2^64 outputs ({@code jump()} returns the current state and advances), so the streams never
 * overlap. Normals come from Commons RNG's {@code ZigguratSampler.NormalizedGaussian}. Each chunk's
 * mean and co-moments are computed in two passes over a buffer, and chunks are merged in chunk
 * order (Chan, Golub &amp; LeVeque 1983), so the result is bit-for-bit the same for a given seed
 * whatever the number of threads, which only decides who computes which chunk.
 *
 * <p><b>Limits.</b> paths ≤ {@code maxPaths} (default 10^8) and paths × fixings ≤ {@link #MAX_PATH_STEPS},
 * rejected with {@code LimitExceededException} before any work. Worker threads are started per call
 * and joined before returning; stateless and thread-safe.
 */
public final class MonteCarloOptionPricer {
    /** The default path limit, 10^8. */
    public static final long DEFAULT_MAX_PATHS = 100_000_000L;
    /** The largest paths × monitoring dates accepted. */
    public static final long MAX_PATH_STEPS = 10_000_000_000L;
    /** Samples per chunk (paths, or antithetic pairs). */
    public static final int CHUNK_SAMPLES = 1 << 14;
    /** The default instance. */
    public static final MonteCarloOptionPricer DEFAULT = new MonteCarloOptionPricer(DEFAULT_MAX_PATHS);
    private static final String SOURCE = "Glasserman, Monte Carlo Methods in Financial Engineering (2004) §3.2, §4.1-4.2";
    private static final int STATS = 8;
    private static final String DIAGNOSTICS_SOURCE = "Glasserman (2004) §4.1; Kish, Survey Sampling (1965); Owen, Monte Carlo theory (2013) ch. 9";

    private final long maxPaths;

    /**
     * @param maxPaths the largest number of paths accepted; ≥ {@link MonteCarloInputs#MIN_PATHS}
     */
    public MonteCarloOptionPricer(long maxPaths) {
        this.maxPaths = Require.atLeast(maxPaths, MonteCarloInputs.MIN_PATHS, "maxPaths");
    }

    /**
     * Values the option.
     *
     * @param in the model, payoff and simulation settings; not null
     * @return the value, SE, 95% CI, seed, paths and explanation
     */
    public MonteCarloResult price(MonteCarloInputs in) {
        Require.notNull(in, "inputs");
        Require.withinLimit(in.paths(), maxPaths, "paths", "use fewer paths; the standard error falls as 1/sqrt(paths)");
        Require.withinLimit(in.paths() * in.payoff().fixings(), MAX_PATH_STEPS, "paths",
                "paths x fixings is limited to " + MAX_PATH_STEPS);
        Kernel kernel = new Kernel(in);
        long samples = in.antithetic() ? in.paths() / 2 : in.paths();
        int chunks = (int) ((samples + CHUNK_SAMPLES - 1) / CHUNK_SAMPLES);
        UniformRandomProvider[] streams = streams(in.seed(), chunks);
        double[] stats = new double[chunks * STATS];
        run(kernel, streams, samples, stats, in.threads());
        return result(in, kernel, chunks, merge(stats, chunks));
    }

    /** Stream c = the seeded generator after c jumps of 2^64. */
    private static UniformRandomProvider[] streams(long seed, int chunks) {
        JumpableUniformRandomProvider base = (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        UniformRandomProvider[] streams = new UniformRandomProvider[chunks];
        for (int c = 0; c < chunks; c++) {
            streams[c] = base.jump();
        }
        return streams;
    }

    private static void run(Kernel kernel, UniformRandomProvider[] streams, long samples, double[] stats, int threads) {
        int chunks = streams.length;
        AtomicInteger next = new AtomicInteger();
        Thread caller = Thread.currentThread();
        Runnable worker = () -> {
            double[] y = new double[CHUNK_SAMPLES];
            double[] x = new double[CHUNK_SAMPLES];
            for (int c = next.getAndIncrement(); c < chunks && !caller.isInterrupted(); c = next.getAndIncrement()) {
                int count = (int) Math.min(CHUNK_SAMPLES, samples - (long) c * CHUNK_SAMPLES);
                kernel.fill(ZigguratSampler.NormalizedGaussian.of(streams[c]), count, y, x);
                chunkStats(y, x, count, stats, c * STATS);
            }
        };
        int helpers = Math.min(threads, chunks) - 1;
        Thread[] pool = new Thread[helpers];
        for (int i = 0; i < helpers; i++) {
            pool[i] = new Thread(worker, "dataprice-montecarlo-" + i);
            pool[i].setDaemon(true);
            pool[i].start();
        }
        worker.run();
        try {
            for (Thread t : pool) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the helpers see it and stop after their chunk
        }
        CancelledException.throwIfInterrupted();
    }

    /**
     * Two-pass mean and co-moments of one chunk, with the diagnostics' counts taken in the first pass:
     * n, mean Y, M2 Y, mean X, M2 X, C XY, #{Y = 0}, max Y.
     */
    static void chunkStats(double[] y, double[] x, int n, double[] out, int at) {
        double sy = 0;
        double sx = 0;
        int zeros = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double yi = y[i];
            sy += yi;
            sx += x[i];
            zeros += yi == 0 ? 1 : 0;
            max = Math.max(max, yi);
        }
        double my = sy / n;
        double mx = sx / n;
        double m2y = 0;
        double m2x = 0;
        double cxy = 0;
        for (int i = 0; i < n; i++) {
            double dy = y[i] - my;
            double dx = x[i] - mx;
            m2y += dy * dy;
            m2x += dx * dx;
            cxy += dx * dy;
        }
        out[at] = n;
        out[at + 1] = my;
        out[at + 2] = m2y;
        out[at + 3] = mx;
        out[at + 4] = m2x;
        out[at + 5] = cxy;
        out[at + 6] = zeros;
        out[at + 7] = max;
    }

    /** Merges chunk statistics in chunk order (Chan, Golub and LeVeque 1983). */
    static double[] merge(double[] stats, int chunks) {
        double[] a = new double[STATS];
        System.arraycopy(stats, 0, a, 0, STATS);
        for (int c = 1; c < chunks; c++) {
            int b = c * STATS;
            double na = a[0];
            double nb = stats[b];
            double n = na + nb;
            double dy = stats[b + 1] - a[1];
            double dx = stats[b + 3] - a[3];
            double w = na * nb / n;
            a[1] += dy * nb / n;
            a[2] += stats[b + 2] + dy * dy * w;
            a[3] += dx * nb / n;
            a[4] += stats[b + 4] + dx * dx * w;
            a[5] += stats[b + 5] + dx * dy * w;
            a[6] += stats[b + 6]; // zeros add up
            a[7] = Math.max(a[7], stats[b + 7]);
            a[0] = n;
        }
        return a;
    }

    private static MonteCarloResult result(MonteCarloInputs in, Kernel k, int chunks, double[] m) {
        double n = m[0];
        double plain = m[1];
        double plainSe = Math.sqrt(m[2] / (n - 1) / n);
        double value = plain;
        double se = plainSe;
        double beta = 0;
        boolean control = in.controlVariate() != ControlVariate.NONE;
        if (control && m[4] > 0) {
            beta = m[5] / m[4];
            value = plain - beta * m[3]; // X is centred at its known mean
            double residual = Math.max(m[2] - beta * m[5], 0);
            se = Math.sqrt(residual / (n - 2) / n);
        }
        double lo = value - MonteCarloResult.Z95 * se;
        double hi = value + MonteCarloResult.Z95 * se;
        Explanation.Builder ex = Explanation.builder("finance.montecarlo.gbm")
                .input("spot", in.spot(), "").input("rate", in.rate(), "1/year")
                .input("dividendYield", in.dividendYield(), "1/year").input("volatility", in.volatility(), "1/sqrt(year)")
                .input("expiry", in.expiry(), "year").input("payoff", in.payoff().toString())
                .input("paths", in.paths()).input("seed", in.seed()).input("antithetic", Boolean.toString(in.antithetic()))
                .input("controlVariate", in.controlVariate().name()).input("threads", in.threads());
        ex.step(Step.builder(MonteCarloSteps.STREAMS).formula("stream c = XO_RO_SHI_RO_128_PP(seed) after c jumps of 2^64")
                .input(Quantity.count("seed", in.seed())).input(Quantity.count("chunks", chunks))
                .input(Quantity.count("samplesPerChunk", CHUNK_SAMPLES)).input(Quantity.count("fixings", in.payoff().fixings()))
                .result(Quantity.count("samples", (long) n)).source("Commons RNG 1.7 XoRoShiRo128PlusPlus, ZigguratSampler").build());
        ex.step(Step.builder(MonteCarloSteps.PLAIN_ESTIMATE).formula("mean(Y), Y = e^(-rT) payoff"
                + (in.antithetic() ? " averaged over the antithetic pair" : "")).input("standardError", plainSe, "")
                .result(plain, "").build());
        if (control) {
            ex.step(Step.builder(MonteCarloSteps.CONTROL_MEAN).formula(in.controlVariate() == ControlVariate.TERMINAL_VALUE
                    ? "E[e^(-rT) S_T] = S0 e^(-qT)" : "geometric Asian closed form").result(k.controlMean, "").build());
            ex.step(Step.of(MonteCarloSteps.CONTROL_BETA, "beta = cov(X, Y) / var(X)", beta, ""));
        }
        ex.step(Step.of(MonteCarloSteps.STANDARD_ERROR, control ? "sqrt(residual variance / n)" : "sqrt(s^2 / n)", se, ""));
        ex.step(Step.builder(MonteCarloSteps.CONFIDENCE_INTERVAL).formula("value +/- 1.959964 SE").input("lower", lo, "")
                .input("upper", hi, "").result(hi - lo, "").build());
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(in, m, k.controlMean, lo, hi);
        ex.step(diagnosticsStep(in, d));
        ex.step(Step.builder(MonteCarloSteps.PRICE).formula(control ? "mean(Y) - beta (mean(X) - E[X])" : "mean(Y)")
                .result(value, "").source(SOURCE).build());
        return new MonteCarloResult(value, se, lo, hi, in.paths(), in.seed(), beta, d, ex.build());
    }

    /** The diagnostics and each warning, as recorded in the explanation. */
    private static Step diagnosticsStep(MonteCarloInputs in, MonteCarloDiagnostics d) {
        Step.Builder b = Step.builder(MonteCarloSteps.DIAGNOSTICS)
                .formula("z = (mean(X) - E[X]) / SE(X); zero share; max Y / sum Y; ESS = (sum Y)^2 / sum Y^2; "
                        + "paths Phi(-sigma sqrt(T)); warn above |z| 4, share 1%, below ESS 1% n, tail 100")
                .input("controlMean", d.controlMean(), "").input("controlKnownMean", d.controlKnownMean(), "");
        if (d.controlZ().isPresent()) {
            b.input("controlZ", d.controlZ().getAsDouble(), "");
        }
        b.input("zeroShare", d.zeroShare(), "").input("largestShare", d.largestShare(), "")
                .input("sigma^2 T", d.varianceExponent(), "").input("expectedTailSamples", d.expectedTailSamples(), "");
        if (d.closedForm().isPresent()) {
            b.input(in.payoff() instanceof Payoff.European ? "blackScholes" : "geometricAsianClosedForm",
                    d.closedForm().getAsDouble(), "");
        }
        for (int i = 0; i < d.warnings().size(); i++) {
            b.input(Quantity.text("warning " + (i + 1), d.warnings().get(i)));
        }
        return b.result(d.effectiveSampleSize(), "samples").source(DIAGNOSTICS_SOURCE).build();
    }

    /** The per-path arithmetic: fills the samples Y and centred controls X of one chunk. */
    static final class Kernel {
        private final boolean antithetic;
        private final boolean pathDependent;
        private final int kind; // 0 European, 1 arithmetic Asian, 2 geometric Asian, 3 barrier
        private final int control; // 0 none, 1 terminal, 2 geometric Asian
        private final double sign;
        private final double strike;
        private final double barrier;
        private final boolean up;
        private final boolean knockIn;
        private final int m;
        private final double s0;
        private final double disc;
        private final double growth; // exp((r - q - vol^2/2) dt)
        private final double drift; // (r - q - vol^2/2) dt
        private final double volStep; // vol sqrt(dt)
        final double controlMean;

        Kernel(MonteCarloInputs in) {
            Payoff p = in.payoff();
            antithetic = in.antithetic();
            sign = p.type() == OptionType.CALL ? 1 : -1;
            strike = p.strike();
            m = p.fixings();
            kind = p instanceof Payoff.European ? 0 : p instanceof Payoff.ArithmeticAsian ? 1
                    : p instanceof Payoff.GeometricAsian ? 2 : 3;
            pathDependent = kind != 0;
            if (p instanceof Payoff.Barrier b) {
                barrier = b.barrier();
                up = b.kind().up();
                knockIn = b.kind().knockIn();
            } else {
                barrier = 0;
                up = false;
                knockIn = false;
            }
            control = in.controlVariate().ordinal();
            s0 = in.spot();
            double t = in.expiry();
            double vol = in.volatility();
            double dt = t / m;
            disc = Math.exp(-in.rate() * t);
            drift = (in.rate() - in.dividendYield() - 0.5 * vol * vol) * dt;
            growth = Math.exp(drift);
            volStep = vol * Math.sqrt(dt);
            controlMean = switch (in.controlVariate()) {
                case NONE, TERMINAL_VALUE -> s0 * Math.exp(-in.dividendYield() * t); // NONE: the diagnostic check only
                case GEOMETRIC_ASIAN -> GeometricAsianFormula.price(p.type(), s0, strike, in.rate(), in.dividendYield(),
                        vol, t, m);
            };
        }

        void fill(ZigguratSampler.NormalizedGaussian g, int count, double[] y, double[] x) {
            if (pathDependent) {
                fillPaths(g, count, y, x);
            } else {
                fillEuropean(g, count, y, x);
            }
        }

        private double pay(double s) {
            return Math.max(sign * (s - strike), 0);
        }

        /** Draws the normals in a loop of its own, small enough for the sampler to be inlined. */
        private static void normals(ZigguratSampler.NormalizedGaussian g, int count, double[] z) {
            for (int i = 0; i < count; i++) {
                z[i] = g.sample();
            }
        }

        private void fillEuropean(ZigguratSampler.NormalizedGaussian g, int count, double[] y, double[] x) {
            normals(g, count, y); // y holds Z until overwritten by the sample
            double a = s0 * growth;
            double b = volStep;
            double cm = controlMean;
            double k = strike;
            double sg = sign;
            double d = disc;
            if (antithetic) {
                double half = 0.5 * d;
                for (int i = 0; i < count; i++) {
                    double e = Math.exp(b * y[i]);
                    double s1 = a * e;
                    double s2 = a / e; // exp(-bz) = 1/exp(bz)
                    y[i] = half * (Math.max(sg * (s1 - k), 0) + Math.max(sg * (s2 - k), 0));
                    x[i] = half * (s1 + s2) - cm;
                }
            } else {
                for (int i = 0; i < count; i++) {
                    double s1 = a * Math.exp(b * y[i]);
                    y[i] = d * Math.max(sg * (s1 - k), 0);
                    x[i] = d * s1 - cm;
                }
            }
        }

        private void fillPaths(ZigguratSampler.NormalizedGaussian g, int count, double[] y, double[] x) {
            double[] zs = new double[m];
            for (int i = 0; i < count; i++) {
                normals(g, m, zs);
                double s1 = s0;
                double s2 = s0;
                double sum1 = 0;
                double sum2 = 0;
                double log1 = 0; // ln(S_j / S0)
                double log2 = 0;
                double sumLog1 = 0; // sum over fixings of ln(S_j / S0)
                double sumLog2 = 0;
                boolean hit1 = false;
                boolean hit2 = false;
                for (int j = 0; j < m; j++) {
                    double z = zs[j];
                    double e = Math.exp(volStep * z);
                    s1 *= growth * e;
                    log1 += drift + volStep * z;
                    sumLog1 += log1;
                    sum1 += s1;
                    hit1 |= up ? s1 >= barrier : s1 <= barrier;
                    if (antithetic) {
                        s2 *= growth / e;
                        log2 += drift - volStep * z;
                        sumLog2 += log2;
                        sum2 += s2;
                        hit2 |= up ? s2 >= barrier : s2 <= barrier;
                    }
                }
                double geo1 = s0 * Math.exp(sumLog1 / m);
                double geo2 = s0 * Math.exp(sumLog2 / m);
                double v1 = value(s1, sum1 / m, geo1, hit1);
                double c1 = controlValue(s1, geo1);
                if (antithetic) {
                    y[i] = 0.5 * disc * (v1 + value(s2, sum2 / m, geo2, hit2));
                    x[i] = 0.5 * disc * (c1 + controlValue(s2, geo2)) - controlMean;
                } else {
                    y[i] = disc * v1;
                    x[i] = disc * c1 - controlMean;
                }
            }
        }

        private double value(double terminal, double average, double geometric, boolean hit) {
            return switch (kind) {
                case 1 -> pay(average);
                case 2 -> pay(geometric);
                default -> hit == knockIn ? pay(terminal) : 0;
            };
        }

        private double controlValue(double terminal, double geometric) {
            return control == 2 ? pay(geometric) : terminal; // NONE keeps the terminal value as the diagnostic check
        }
    }
}
