package org.dataprice.finance.lattice;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Real options on a data asset (数据资产实物期权) valued on a CRR tree of the asset's value V, with
 * the {@link RealOptionFeature}s as early-exercise choices at every node.
 *
 * <p>Formulas: the tree of {@link BinomialTree} with S = V and q = leakage δ, the yield that the
 * holder of the invested asset receives (or that leaks to others while waiting). Best choice at a
 * node E(V) = max over features of (a_f V + b_f). The holder's position is B(V) = V for an invested
 * asset, 0 for a deferrable one; exercising exchanges B(V) for E(V), so the tree values the
 * exchange G: terminal max(E(V) − B(V), 0), backward G = max(e^(−r dt)[p G_u + (1−p) G_d],
 * E(V) − B(V)). Expanded value W0 = B(V0) + G0; static value V0 (invested) or V0 − I (invest now);
 * premium = W0 − static value (Trigeorgis, <i>Real Options</i>,
 * MIT Press 1996, ch. 7; Copeland &amp; Antikarov, <i>Real Options</i>, 2001, ch. 7; CAS data-asset
 * appraisal guidance 2023, income approach with flexibility).
 *
 * <p>Checks: defer(I) equals an American call on V with strike I; abandon(A) adds an American put
 * with strike A; expand(x, C) adds x times an American call with strike C / x. Memory O(n); steps
 * above the limit (default {@value BinomialTree#DEFAULT_MAX_STEPS}) are rejected. Stateless and
 * thread-safe.
 */
public final class RealOptionTree {
    /** The default instance. */
    public static final RealOptionTree DEFAULT = new RealOptionTree(BinomialTree.DEFAULT_MAX_STEPS);
    private static final String SOURCE = "Trigeorgis, Real Options (1996) ch. 7; Cox, Ross & Rubinstein (1979)";

    private final int maxSteps;

    /**
     * @param maxSteps the largest number of steps accepted; ≥ 2
     */
    public RealOptionTree(int maxSteps) {
        this.maxSteps = Require.atLeast(maxSteps, 2, "maxSteps");
    }

    /**
     * Values the asset with its options.
     *
     * @param in the asset and its features; not null
     * @return the expanded value, static value, premium and tree parameters
     */
    public RealOptionResult value(RealOptionInputs in) {
        Require.notNull(in, "inputs");
        int n = in.steps();
        Require.withinLimit(n, maxSteps, "steps", "use fewer steps");
        double dt = in.horizon() / n;
        double dx = in.volatility() * Math.sqrt(dt);
        double p = TreeKernel.checkProbability(in.probability().probability(in.rate(), in.leakage(), in.volatility(), dt), n);
        double disc = Math.exp(-in.rate() * dt);
        int m = in.features().size();
        double[] a = new double[m];
        double[] b = new double[m];
        for (int f = 0; f < m; f++) {
            a[f] = in.features().get(f).slope();
            b[f] = in.features().get(f).intercept();
        }
        double hold = in.deferred() ? 0 : 1;
        double[] ex = new double[2 * n + 1];
        for (int h = 0; h <= 2 * n; h++) {
            double vh = in.assetValue() * Math.exp((h - n) * dx);
            double best = Double.NEGATIVE_INFINITY;
            for (int f = 0; f < m; f++) {
                best = Math.max(best, a[f] * vh + b[f]);
            }
            ex[h] = best - hold * vh; // gain from exchanging the held position for the best choice
        }
        double[] v = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            v[j] = Math.max(ex[2 * j], 0);
        }
        double premiumTree = TreeKernel.rollback(v, ex, n, disc * p, disc * (1 - p), null);
        double expanded = hold * in.assetValue() + premiumTree;
        double staticValue = in.assetValue() + (in.deferred() ? in.features().get(0).intercept() : 0);
        Explanation.Builder e = Explanation.builder("finance.lattice.realOptions")
                .input("assetValue", in.assetValue(), "").input("volatility", in.volatility(), "1/sqrt(year)")
                .input("rate", in.rate(), "1/year").input("leakage", in.leakage(), "1/year")
                .input("horizon", in.horizon(), "year").input("steps", n).input("probability", in.probability().name());
        for (int f = 0; f < m; f++) {
            e.input("features[" + f + "]", in.features().get(f).describe());
        }
        double u = Math.exp(dx);
        BinomialTree.treeSteps(e, dt, u, 1 / u, p, in.probability());
        e.step(Step.builder(LatticeSteps.STATIC_VALUE).formula(in.deferred() ? "V0 - I" : "V0")
                .result(staticValue, "").build());
        e.step(Step.builder(LatticeSteps.OPTION_PREMIUM).formula("W0 - static value")
                .result(expanded - staticValue, "").build());
        e.step(Step.builder(LatticeSteps.VALUE).formula("W0 = B(V0) + G0, G = max(e^(-r dt)[p G_u + (1-p) G_d], E(V) - B(V))")
                .input(Quantity.text("terminal", in.deferred() ? "max(E(V), 0)" : "max(E(V) - V, 0)"))
                .input("exchangeValue", premiumTree, "")
                .result(expanded, "").source(SOURCE).build());
        return new RealOptionResult(expanded, staticValue, expanded - staticValue, u, 1 / u, p, n, e.build());
    }
}
