package org.dataprice.finance.cashflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Internal rate of return (内部收益率): every rate r &gt; −1 with NPV(r) = Σ c_i (1+r)^−t_i = 0,
 * for periodic flows (IRR, t_i = i, rate per period) and dated flows (XIRR, t_i = Actual/365F
 * years from the first date, rate per year).
 *
 * <p><b>Algorithm: bracket, then solve.</b> Flows are put in time order (dated flows on the same
 * day are added) and their sign changes s counted; by Descartes' rule of signs (which holds for
 * real exponents, Laguerre 1883) there are at most s roots, and an odd number when s is odd.
 * <ul>
 *   <li>s = 0: no root; {@link CalculationException#noSolution} naming {@code flows}.</li>
 *   <li>s = 1: exactly one root, bracketed from r = 0 by doubling (1 + r) (up to 2^200) or halving
 *       it (down to 2^−200) until NPV changes sign: no root is missed, whatever its size.</li>
 *   <li>s ≥ 2: NPV is scanned on a grid of {@link #GRID_INTERVALS} intervals with (1 + r)
 *       log-uniform on [{@link #GRID_LOW}, {@link #GRID_HIGH}], i.e. r from −99% to 10,000% with
 *       neighbouring points 0.92% apart in 1 + r; every interval with a sign change is solved.
 *       Roots outside the grid, double roots (tangencies) and two roots in one interval are not
 *       reported (documented limit). No sign change on the grid is a {@code noSolution}.</li>
 * </ul>
 * Each bracket is solved by a safeguarded Newton iteration (Newton inside the bracket, bisection
 * otherwise; Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.4) to |Δr| ≤ 1e−15 + 2 ulp(r).
 * The rate reported is the only root, or among several the one nearest the {@code guess}
 * (default 0.1, as Excel).
 *
 * <p>Sources: Apache POI {@code TestIrr} / Excel {@code IRR} help (test vectors);
 * Excel {@code XIRR} help (dated example); Hazen, "A new perspective on multiple internal rates of
 * return", <i>The Engineering Economist</i> 48(1), 2003 (multiple roots).
 *
 * <p>Edge cases: all-zero or one-signed flows → {@code noSolution}; a root exactly at a probe point
 * is returned exactly. Stateless and thread-safe; the primitive kernel {@link #irr(double[])}
 * allocates one small scratch object.
 */
public final class InternalRateOfReturn {
    /** The default instance. */
    public static final InternalRateOfReturn DEFAULT = new InternalRateOfReturn();
    /** The default guess: picks the reported rate among several (as Excel's default). */
    public static final double DEFAULT_GUESS = 0.1;
    /** Lower end of the multiple-root scan in 1 + r (r = −0.99). */
    public static final double GRID_LOW = 0.01;
    /** Upper end of the multiple-root scan in 1 + r (r = 100). */
    public static final double GRID_HIGH = 101;
    /** Intervals of the multiple-root scan. */
    public static final int GRID_INTERVALS = 1000;
    /** Doublings or halvings of 1 + r tried when bracketing a unique root. */
    static final int MAX_EXPANSIONS = 200;
    private static final String SOURCE = "Descartes' rule of signs; safeguarded Newton (Numerical Recipes 3rd ed. §9.4)";

    /**
     * The primitive kernel: IRR per period of periodic flows, the root nearest 0.1.
     *
     * @param amounts flow i at period i; finite; not null; not modified
     * @return the rate per period
     * @throws CalculationException when there is no root
     */
    public double irr(double[] amounts) {
        RateKernel k = new RateKernel(amounts, null);
        int s = k.signChanges();
        if (s == 1) {
            return uniqueRoot(k, null);
        }
        return nearest(roots(k, s, null), DEFAULT_GUESS);
    }

    /**
     * IRR of periodic flows, guess 0.1.
     *
     * @param flows the flows; not null
     * @return every root and the rate per period nearest 0.1
     */
    public IrrResult irr(CashFlows flows) {
        return irr(flows, DEFAULT_GUESS);
    }

    /**
     * IRR of periodic flows.
     *
     * @param flows the flows; not null
     * @param guess picks the reported rate among several roots; &gt; −1
     * @return every root and the rate per period nearest the guess
     */
    public IrrResult irr(CashFlows flows, double guess) {
        Require.notNull(flows, "flows");
        Require.greaterThan(guess, -1, "guess");
        Explanation.Builder ex = Explanation.builder("finance.cashflow.irr").hashOnly("amounts", flows.view())
                .input("periodsPerYear", flows.periodsPerYear()).input("guess", guess, "1/period");
        return solve(new RateKernel(flows.view(), null), guess, ex, "1/period");
    }

    /**
     * XIRR of dated flows, guess 0.1.
     *
     * @param flows the flows; not null
     * @return every root and the annual rate nearest 0.1
     */
    public IrrResult xirr(DatedCashFlows flows) {
        return xirr(flows, DEFAULT_GUESS);
    }

    /**
     * XIRR of dated flows: NPV = Σ c_i (1 + r)^−((d_i − d_0)/365) = 0.
     *
     * @param flows the flows; not null
     * @param guess picks the reported rate among several roots; &gt; −1
     * @return every root and the annual rate nearest the guess
     */
    public IrrResult xirr(DatedCashFlows flows, double guess) {
        Require.notNull(flows, "flows");
        Require.greaterThan(guess, -1, "guess");
        double[] t = flows.yearFractions();
        double[] c = flows.amounts();
        Explanation.Builder ex = Explanation.builder("finance.cashflow.xirr").hashOnly("amounts", c)
                .hashOnly("yearFractions", t).input("firstDate", flows.flows().get(0).date().toString())
                .input("dayCount", "Actual/365 Fixed").input("guess", guess, "1/year");
        double[][] sorted = aggregate(c, t);
        return solve(new RateKernel(sorted[0], sorted[1]), guess, ex, "1/year");
    }

    private IrrResult solve(RateKernel k, double guess, Explanation.Builder ex, String unit) {
        int s = k.signChanges();
        ex.step(Step.builder(CashFlowSteps.SIGN_CHANGES).formula("sign changes of non-zero flows in time order")
                .result(s, "").source("Descartes' rule of signs: at most this many rates").build());
        List<Step> brackets = new ArrayList<>();
        List<Double> roots = s == 1 ? List.of(uniqueRoot(k, brackets)) : roots(k, s, brackets);
        Step.Builder rootStep = Step.builder(CashFlowSteps.ROOTS).formula("NPV(r) = 0")
                .result(Quantity.text("roots", roots.toString()));
        brackets.forEach(rootStep::child);
        ex.step(rootStep.build());
        double rate = nearest(roots, guess);
        ex.step(Step.builder(CashFlowSteps.IRR).formula(roots.size() == 1 ? "the only root"
                : "the root nearest the guess").result(rate, unit).source(SOURCE).build());
        return new IrrResult(rate, roots, s, ex.build());
    }

    /** One sign change: bracket from r = 0 by doubling or halving 1 + r, then solve. */
    private static double uniqueRoot(RateKernel k, List<Step> brackets) {
        double signLow = k.signAtMinusOne();
        k.evaluate(0);
        double inner = 0;
        double fInner = k.value;
        if (fInner == 0) {
            return 0;
        }
        boolean above = Math.signum(fInner) == signLow; // NPV(0) has the r → −1 sign: root is above 0
        double target = above ? k.signAtInfinity() : signLow;
        double w = above ? 2 : 0.5;
        for (int i = 0; i < MAX_EXPANSIONS; i++) {
            double r = w - 1;
            k.evaluate(r);
            double f = k.value;
            if (f == 0) {
                return r;
            }
            if (Math.signum(f) == target) {
                if (brackets != null) {
                    brackets.add(bracketStep(Math.min(inner, r), Math.max(inner, r)));
                }
                return k.solve(inner, fInner, r, f, "irr");
            }
            inner = r;
            fInner = f;
            w = above ? w * 2 : w * 0.5;
        }
        throw CalculationException.noSolution("irr", "the rate lies outside 1 + r in [2^-200, 2^200]");
    }

    /** Several sign changes: scan the documented grid and solve every bracket. */
    private static List<Double> roots(RateKernel k, int signChanges, List<Step> brackets) {
        if (signChanges == 0) {
            throw CalculationException.noSolution("flows", "the flows never change sign, so NPV is never zero");
        }
        List<Double> roots = new ArrayList<>();
        double logLow = Math.log(GRID_LOW);
        double h = (Math.log(GRID_HIGH) - logLow) / GRID_INTERVALS;
        double prevR = GRID_LOW - 1;
        k.evaluate(prevR);
        double prev = k.value;
        if (prev == 0) {
            roots.add(prevR);
        }
        for (int j = 1; j <= GRID_INTERVALS; j++) {
            double r = Math.exp(logLow + j * h) - 1;
            k.evaluate(r);
            double f = k.value;
            if (f == 0) {
                roots.add(r);
            } else if (prev != 0 && Math.signum(f) != Math.signum(prev)) {
                if (brackets != null) {
                    brackets.add(bracketStep(prevR, r));
                }
                roots.add(k.solve(prevR, prev, r, f, "irr"));
            }
            prev = f;
            prevR = r;
        }
        if (roots.isEmpty()) {
            throw CalculationException.noSolution("irr", "NPV does not change sign for r in [" + (GRID_LOW - 1)
                    + ", " + (GRID_HIGH - 1) + "] (scan of " + GRID_INTERVALS + " intervals)");
        }
        return List.copyOf(roots);
    }

    private static Step bracketStep(double a, double b) {
        return Step.builder(CashFlowSteps.BRACKET).formula("NPV(a) * NPV(b) < 0").input("a", a, "")
                .input("b", b, "").result(b - a, "").build();
    }

    private static double nearest(List<Double> roots, double guess) {
        double best = roots.get(0);
        for (double r : roots) {
            if (Math.abs(r - guess) < Math.abs(best - guess)) {
                best = r;
            }
        }
        return best;
    }

    /** Sorts flows by time and adds flows at the same time: {amounts, times}. */
    static double[][] aggregate(double[] c, double[] t) {
        Integer[] order = new Integer[c.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(t[x], t[y]));
        double[] ca = new double[c.length];
        double[] ta = new double[c.length];
        int m = -1;
        for (Integer i : order) {
            if (m >= 0 && ta[m] == t[i]) {
                ca[m] += c[i];
            } else {
                m++;
                ca[m] = c[i];
                ta[m] = t[i];
            }
        }
        return new double[][] {Arrays.copyOf(ca, m + 1), Arrays.copyOf(ta, m + 1)};
    }
}
