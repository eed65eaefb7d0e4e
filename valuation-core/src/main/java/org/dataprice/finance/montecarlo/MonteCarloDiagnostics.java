package org.dataprice.finance.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.dataprice.error.Require;
import org.dataprice.finance.option.BlackScholes;
import org.dataprice.finance.option.OptionType;

/**
 * Whether a Monte Carlo option value (蒙特卡洛估值) can be trusted: four sample diagnostics computed in
 * the same pass as the estimate, a heavy-tail bound on σ²T, the no-arbitrage range of the 95% interval,
 * and the warnings they raise.
 *
 * <p><b>Diagnostics</b> (n samples Y_i ≥ 0, the discounted payoffs, or antithetic pair means):
 * <ul>
 * <li><b>Control check z</b> = (mean(X) − E[X]) / SE(X), X the control statistic with a known mean: the
 * discounted terminal value e^(−rT) S_T with E[X] = S0 e^(−qT) (also without a control variate, as a
 * pure check), or the geometric-Asian payoff with its closed form. If the paths sample the law
 * correctly z is approximately N(0,1); |z| &gt; {@link #MAX_ABS_CONTROL_Z} (probability 6·10^−5) means
 * they do not, and a control-variate estimate built on X is biased (Glasserman, <i>Monte Carlo Methods
 * in Financial Engineering</i>, Springer 2004, §4.1.1: the control estimator is unbiased only for the
 * true E[X]). Empty when var(X) = 0 (every X equal, e.g. all S_T underflowed to 0).</li>
 * <li><b>Zero share</b> = #{Y_i = 0} / n.</li>
 * <li><b>Largest share</b> = max Y_i / Σ Y_i (0 when Σ Y = 0); above {@link #largestShareLimit(long)},
 * max(1%, 10/n), one sample moves the estimate by more than 1% and by more than ten equal shares (the
 * 10/n floor keeps small runs, where every sample is over 1%, from being flagged by construction).</li>
 * <li><b>Effective sample size</b> ESS = (Σ Y_i)² / Σ Y_i², Kish's ESS of the payoffs read as weights
 * (Kish, <i>Survey Sampling</i>, Wiley 1965; Owen, <i>Monte Carlo theory, methods and examples</i>,
 * 2013, ch. 9); n when all Y are equal, 1 when one sample carries everything, 0 when Σ Y = 0. Below
 * {@link #MIN_ESS_SHARE} · n the estimate rests on a handful of samples.</li>
 * </ul>
 *
 * <p><b>Heavy-tail bound.</b> With a = σ√T, e^(−rT) S_T = S0 e^(−qT) e^(aZ − a²/2), Z ~ N(0,1), and
 * E[e^(aZ − a²/2) 1{Z &gt; a}] = Φ(0) = 1/2 exactly: half of E[S_T] (and more than half of a call's value)
 * comes from draws Z &gt; a, which have probability Φ(−a). Its relative variance e^(a²) − 1 = e^(σ²T) − 1
 * grows so fast that the sample variance, and with it the SE, misses it. The answer is flagged when the
 * paths are expected to reach that half fewer than {@link #MIN_TAIL_SAMPLES} times,
 * paths · Φ(−σ√T) &lt; 100 (e.g. σ²T &gt; 13.8 for 10^6 paths, &gt; 5.4 for 10^4). Applied to calls and to
 * the terminal-value control, whose statistics have the lognormal tail; puts are bounded by K.
 *
 * <p><b>No-arbitrage range.</b> Every payoff is ≥ 0, so a 95% interval reaching below 0 is flagged;
 * for Europeans a call is ≤ S0 e^(−qT) and a put ≤ K e^(−rT) (Hull, OFOD 9th ed., §11.3).
 *
 * <p><b>Closed form.</b> For European payoffs the Black–Scholes value, for geometric Asians the
 * Kemna–Vorst value, is given and named in the warnings whenever the answer is flagged.
 *
 * @param controlMean          the sample mean of the control statistic X
 * @param controlKnownMean     its known mean E[X]
 * @param controlZ             (mean(X) − E[X]) / SE(X); empty when var(X) = 0
 * @param zeroShare            share of samples with Y = 0, in [0, 1]
 * @param largestShare         max Y / Σ Y, in [0, 1]
 * @param effectiveSampleSize  (Σ Y)² / Σ Y², in [0, n]
 * @param samples              n, the independent samples (paths, or pairs with antithetic variates)
 * @param varianceExponent     σ²T
 * @param expectedTailSamples  paths · Φ(−σ√T), the expected number of draws beyond σ√T
 * @param closedForm           the closed-form value for European and geometric-Asian payoffs, else empty
 * @param warnings             what makes the answer unreliable, each starting "unreliable:"; empty when none
 */
public record MonteCarloDiagnostics(double controlMean, double controlKnownMean, OptionalDouble controlZ,
        double zeroShare, double largestShare, double effectiveSampleSize, long samples, double varianceExponent,
        double expectedTailSamples, OptionalDouble closedForm, List<String> warnings) {
    /** |z| of the control check above which the answer is flagged. */
    public static final double MAX_ABS_CONTROL_Z = 4;
    /** The largest sample's share of Σ Y above which the answer is flagged, for n ≥ 1000 (see {@link #largestShareLimit}). */
    public static final double MAX_LARGEST_SHARE = 0.01;
    /** ESS / n below which the answer is flagged. */
    public static final double MIN_ESS_SHARE = 0.01;
    /** The fewest expected draws beyond σ√T, paths · Φ(−σ√T), for an unflagged call. */
    public static final double MIN_TAIL_SAMPLES = 100;

    /** Validates and copies. */
    public MonteCarloDiagnostics {
        Require.finite(controlMean, "controlMean");
        Require.finite(controlKnownMean, "controlKnownMean");
        Require.notNull(controlZ, "controlZ");
        Require.finite(zeroShare, "zeroShare");
        Require.finite(largestShare, "largestShare");
        Require.finite(effectiveSampleSize, "effectiveSampleSize");
        Require.atLeast(samples, 1L, "samples");
        Require.finite(varianceExponent, "varianceExponent");
        Require.finite(expectedTailSamples, "expectedTailSamples");
        Require.notNull(closedForm, "closedForm");
        warnings = Require.copyOf(warnings, "warnings");
    }

    /**
     * The largest-share threshold, max({@link #MAX_LARGEST_SHARE}, 10/n): a single sample is flagged when
     * it carries more than 1% of the sum and more than ten times an equal share.
     *
     * @param samples n ≥ 1
     * @return the threshold in (0, 10]
     */
    public static double largestShareLimit(long samples) {
        return Math.max(MAX_LARGEST_SHARE, 10.0 / samples);
    }

    /** @return true when any warning was raised */
    public boolean unreliable() {
        return !warnings.isEmpty();
    }

    /**
     * Computes the diagnostics from the merged sample statistics of {@link MonteCarloOptionPricer} and
     * the 95% interval.
     *
     * @param in      the inputs priced; not null
     * @param stats   merged statistics: n, mean Y, M2 Y, mean X − E[X], M2 X, C XY, zeros, max Y
     * @param known   E[X]
     * @param lower95 the interval's lower end
     * @param upper95 the interval's upper end
     * @return the diagnostics and warnings
     */
    static MonteCarloDiagnostics of(MonteCarloInputs in, double[] stats, double known, double lower95, double upper95) {
        double n = stats[0];
        double meanY = stats[1];
        double sumY = n * meanY;
        double sumY2 = stats[2] + n * meanY * meanY; // Σ Y² = M2 + n mean²
        double varX = stats[4];
        double seX = Math.sqrt(varX / (n - 1) / n);
        OptionalDouble z = seX > 0 ? OptionalDouble.of(stats[3] / seX) : OptionalDouble.empty();
        double zeroShare = stats[6] / n;
        double largest = sumY > 0 ? Math.min(stats[7] / sumY, 1) : 0;
        double ess = sumY2 > 0 ? Math.min(sumY * sumY / sumY2, n) : 0;
        double vol = in.volatility();
        double t = in.expiry();
        double a = vol * Math.sqrt(t);
        double tail = in.paths() * BlackScholes.normalCdf(-a);
        Payoff p = in.payoff();
        boolean call = p.type() == OptionType.CALL;
        OptionalDouble closed = p instanceof Payoff.European
                ? OptionalDouble.of(BlackScholes.price(call, in.spot(), p.strike(), in.rate(), in.dividendYield(), vol, t))
                : p instanceof Payoff.GeometricAsian ? OptionalDouble.of(GeometricAsianFormula.price(p.type(), in.spot(),
                        p.strike(), in.rate(), in.dividendYield(), vol, t, p.fixings())) : OptionalDouble.empty();

        List<String> w = new ArrayList<>();
        boolean heavyTail = call || in.controlVariate() == ControlVariate.TERMINAL_VALUE;
        if (heavyTail && tail < MIN_TAIL_SAMPLES) {
            w.add("unreliable: sigma^2 T = " + fmt(vol * vol * t) + " is beyond the heavy-tail bound for " + in.paths()
                    + " paths: half of E[S_T] comes from draws Z > sigma sqrt(T) = " + fmt(a) + ", expected "
                    + fmt(tail) + " times (need >= " + fmt(MIN_TAIL_SAMPLES) + ")");
        }
        if (sumY2 == 0) {
            w.add("unreliable: every payoff was zero; the estimate 0 +/- 0 only says that no path finished in the money");
        }
        if (z.isEmpty() && stats[3] != 0) {
            w.add("unreliable: the control statistic X has zero sample variance but mean " + fmt(stats[3] + known)
                    + " against its known " + fmt(known));
        } else if (z.isPresent() && Math.abs(z.getAsDouble()) > MAX_ABS_CONTROL_Z) {
            w.add("unreliable: control check z = " + fmt(z.getAsDouble()) + " (|z| > " + fmt(MAX_ABS_CONTROL_Z)
                    + "): sample mean of X " + fmt(stats[3] + known) + " against its known mean " + fmt(known));
        }
        double limit = largestShareLimit((long) n);
        if (largest > limit) {
            w.add("unreliable: the largest single sample is " + fmt(100 * largest) + "% of the sum of payoffs (> "
                    + fmt(100 * limit) + "%)");
        }
        if (sumY2 > 0 && ess < MIN_ESS_SHARE * n) {
            w.add("unreliable: effective sample size (sum Y)^2 / sum Y^2 = " + fmt(ess) + " is below "
                    + fmt(100 * MIN_ESS_SHARE) + "% of the " + (long) n + " samples");
        }
        if (lower95 < 0) {
            w.add("unreliable: the 95% interval [" + fmt(lower95) + ", " + fmt(upper95)
                    + "] reaches below 0, the lower no-arbitrage bound of an option value");
        }
        if (p instanceof Payoff.European) {
            double bound = call ? in.spot() * Math.exp(-in.dividendYield() * t) : p.strike() * Math.exp(-in.rate() * t);
            if (upper95 > bound) {
                w.add("unreliable: the 95% interval [" + fmt(lower95) + ", " + fmt(upper95) + "] reaches above "
                        + fmt(bound) + ", the upper no-arbitrage bound " + (call ? "S0 e^(-qT)" : "K e^(-rT)") + " of a "
                        + (call ? "call" : "put"));
            }
        }
        if (!w.isEmpty() && closed.isPresent()) {
            w.add("use the closed form: " + (p instanceof Payoff.European ? "Black-Scholes" : "Kemna-Vorst geometric Asian")
                    + " value " + fmt(closed.getAsDouble()));
        }
        return new MonteCarloDiagnostics(stats[3] + known, known, z, zeroShare, largest, ess, (long) n, vol * vol * t,
                tail, closed, w);
    }

    /** Six significant digits, no −0. */
    private static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
        double abs = Math.abs(v);
        return abs >= 1e-4 && abs < 1e9 ? d.toPlainString() : d.toString();
    }
}
