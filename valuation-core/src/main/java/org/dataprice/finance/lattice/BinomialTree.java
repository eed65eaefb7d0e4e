package org.dataprice.finance.lattice;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.finance.option.OptionType;

/**
 * Cox–Ross–Rubinstein binomial tree (CRR 二叉树) for European and American calls and puts.
 *
 * <p>Formulas: dt = T/n, u = e^(σ√dt), d = 1/u, p by {@link CrrProbability}; terminal values
 * max(±(S0 u^(2j−n) − K), 0); backward V(i,j) = e^(−r dt) [p V(i+1,j+1) + (1−p) V(i+1,j)], for American
 * exercise max(that, exercise value). Delta and gamma from the first two steps (Hull, <i>Options,
 * Futures, and Other Derivatives</i>, 9th ed. 2015, ch. 21 "Basic numerical procedures", §21.1–21.3;
 * Cox, Ross &amp; Rubinstein, <i>J. Financial Economics</i> 7 (1979) 229–263).
 *
 * <p>Convergence: tree values oscillate between odd and even n around the limit;
 * {@link #oddEvenAverage} averages n and n + 1 steps (error O(1/n) with a much smaller constant).
 *
 * <p>Algorithm and limits: O(n²) time, O(n) memory (one value array rolled back, exercise values
 * precomputed for the 2n + 1 node heights). Steps above the limit (default
 * {@value #DEFAULT_MAX_STEPS}) are rejected with a {@code LimitExceededException} before any work.
 * A probability outside [0, 1] (too few steps for the drift) is rejected naming {@code steps}.
 *
 * <p>Stateless and thread-safe.
 */
public final class BinomialTree {
    /** The default step limit. */
    public static final int DEFAULT_MAX_STEPS = 100_000;
    /** The default instance, limited to {@value #DEFAULT_MAX_STEPS} steps. */
    public static final BinomialTree DEFAULT = new BinomialTree(DEFAULT_MAX_STEPS);
    private static final String SOURCE = "Cox, Ross & Rubinstein (1979); Hull, OFOD 9th ed., ch. 21";

    private final int maxSteps;

    /**
     * @param maxSteps the largest number of steps accepted; ≥ 2
     */
    public BinomialTree(int maxSteps) {
        this.maxSteps = Require.atLeast(maxSteps, 2, "maxSteps");
    }

    /** @return the largest number of steps accepted */
    public int maxSteps() {
        return maxSteps;
    }

    /**
     * The primitive kernel: the tree value, without validation or limit.
     *
     * @param call     true for a call
     * @param american true for American exercise
     * @param s        spot &gt; 0
     * @param k        strike &gt; 0
     * @param r        rate
     * @param q        yield
     * @param vol      σ &gt; 0
     * @param t        expiry &gt; 0
     * @param n        steps ≥ 1
     * @param variant  the probability variant
     * @return V0
     */
    public static double price(boolean call, boolean american, double s, double k, double r, double q, double vol,
            double t, int n, CrrProbability variant) {
        return value(call, american, s, k, r, q, vol, t, n, variant, null);
    }

    private static double value(boolean call, boolean american, double s, double k, double r, double q, double vol,
            double t, int n, CrrProbability variant, double[] levels) {
        double dt = t / n;
        double dx = vol * Math.sqrt(dt);
        double p = TreeKernel.checkProbability(variant.probability(r, q, vol, dt), n);
        double disc = Math.exp(-r * dt);
        double[] ex = new double[2 * n + 1];
        for (int h = 0; h <= 2 * n; h++) {
            double sh = s * Math.exp((h - n) * dx); // S0 u^(h − n)
            ex[h] = call ? Math.max(sh - k, 0) : Math.max(k - sh, 0);
        }
        double[] v = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            v[j] = ex[2 * j];
        }
        return TreeKernel.rollback(v, american ? ex : null, n, disc * p, disc * (1 - p), levels);
    }

    /**
     * Values an option on the tree.
     *
     * @param in the option and tree; not null
     * @return value, delta, gamma, u, d, p and explanation
     */
    public BinomialResult price(BinomialInputs in) {
        Require.notNull(in, "inputs");
        Require.withinLimit(in.steps(), maxSteps, "steps", "use oddEvenAverage with fewer steps");
        Explanation.Builder ex = explanation("finance.lattice.crr", in);
        double[] levels = new double[5];
        double v = value(in, in.steps(), levels);
        return result(in, in.steps(), v, levels, ex);
    }

    /**
     * Averages the values with n and n + 1 steps, which cancels most of the odd/even oscillation.
     *
     * @param in the option and tree (n = {@code in.steps()}, and n + 1 must be within the limit); not null
     * @return the average, with delta and gamma of the n-step tree
     */
    public BinomialResult oddEvenAverage(BinomialInputs in) {
        Require.notNull(in, "inputs");
        Require.withinLimit(in.steps() + 1L, maxSteps, "steps", "averaging uses steps + 1");
        Explanation.Builder ex = explanation("finance.lattice.crrOddEven", in);
        double[] levels = new double[5];
        double vn = value(in, in.steps(), levels);
        double vn1 = value(in, in.steps() + 1, null);
        ex.step(Step.builder(LatticeSteps.STEP_VALUE).formula("V0 with n steps").input("n", in.steps(), "")
                .result(vn, "").build());
        ex.step(Step.builder(LatticeSteps.STEP_VALUE).formula("V0 with n + 1 steps").input("n", in.steps() + 1, "")
                .result(vn1, "").build());
        return result(in, in.steps(), 0.5 * (vn + vn1), levels, ex);
    }

    private static double value(BinomialInputs in, int n, double[] levels) {
        return value(in.type() == OptionType.CALL, in.exercise() == ExerciseStyle.AMERICAN, in.spot(), in.strike(),
                in.rate(), in.dividendYield(), in.volatility(), in.expiry(), n, in.probability(), levels);
    }

    private static Explanation.Builder explanation(String method, BinomialInputs in) {
        return Explanation.builder(method).input("type", in.type().name()).input("exercise", in.exercise().name())
                .input("spot", in.spot(), "").input("strike", in.strike(), "").input("rate", in.rate(), "1/year")
                .input("dividendYield", in.dividendYield(), "1/year")
                .input("volatility", in.volatility(), "1/sqrt(year)").input("expiry", in.expiry(), "year")
                .input("steps", in.steps()).input("probability", in.probability().name());
    }

    private static BinomialResult result(BinomialInputs in, int n, double value, double[] levels,
            Explanation.Builder ex) {
        double dt = in.expiry() / n;
        double u = Math.exp(in.volatility() * Math.sqrt(dt));
        double d = 1 / u;
        double p = in.probability().probability(in.rate(), in.dividendYield(), in.volatility(), dt);
        double delta = TreeKernel.delta(levels, in.spot(), u, d);
        double gamma = TreeKernel.gamma(levels, in.spot(), u, d);
        treeSteps(ex, dt, u, d, p, in.probability());
        ex.step(Step.of(LatticeSteps.DELTA, "(V_u - V_d) / (S u - S d)", delta, ""));
        ex.step(Step.of(LatticeSteps.GAMMA, "(delta_uu - delta_dd) / (0.5 (S u^2 - S d^2))", gamma, "1/currency"));
        ex.step(Step.builder(LatticeSteps.VALUE).formula("V = e^(-r dt) [p V_u + (1-p) V_d]"
                + (in.exercise() == ExerciseStyle.AMERICAN ? ", max with exercise value" : "")).result(value, "")
                .source(SOURCE).build());
        return new BinomialResult(value, delta, gamma, u, d, p, n, ex.build());
    }

    static void treeSteps(Explanation.Builder ex, double dt, double u, double d, double p, CrrProbability variant) {
        ex.step(Step.of(LatticeSteps.TIME_STEP, "dt = T / n", dt, "year"));
        ex.step(Step.of(LatticeSteps.UP, "u = exp(sigma sqrt(dt))", u, ""));
        ex.step(Step.of(LatticeSteps.DOWN, "d = 1 / u", d, ""));
        ex.step(Step.of(LatticeSteps.PROBABILITY, variant == CrrProbability.TEXTBOOK
                ? "p = (exp((r - q) dt) - d) / (u - d)" : "p = 1/2 + 1/2 (r - q - sigma^2/2) dt / (sigma sqrt(dt))", p, ""));
    }
}
