package org.dataprice.finance.cashflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
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
 * real exponents, Laguerre 1883) there are at most s roots counted with multiplicity, and an odd
 * number when s is odd.
 * <ul>
 *   <li>All flows zero: NPV is zero at every rate, so no rate of return is defined:
 *       {@link InvalidInputException} on {@code flows}, rule {@link Rule#INVALID_STATE}.</li>
 *   <li>s = 0: no root; {@link CalculationException#noSolution} naming {@code flows}.</li>
 *   <li>s = 1: exactly one root, bracketed from r = 0 by doubling (1 + r) (up to 2^200) or halving
 *       it (down to 2^−200) until NPV changes sign: no root is missed, whatever its size. The result
 *       is {@code unique}, proven by {@link IrrResult.Proof#DESCARTES_ONE_SIGN_CHANGE}.</li>
 *   <li>s ≥ 2: NPV and NPV' are scanned on a grid of {@link #GRID_INTERVALS} intervals with (1 + r)
 *       log-uniform on [{@link #GRID_LOW}, {@link #GRID_HIGH}] (r from −99% to 10,000%, neighbouring
 *       points 0.92% apart in 1 + r), extended by up to {@link #GRID_EXTENSION} intervals of the same
 *       width each side as far as the Cauchy-type root bounds of {@link RateKernel#logRootBounds()}
 *       require (1 + r from about 1e−6 to 1e6). Every interval where NPV changes sign is solved;
 *       where NPV' changes sign the extremum is located, and it is a tangent (double) root when
 *       |NPV| there is within {@link #TANGENT_TOLERANCE} of Σ|c_i|(1+r)^−t_i, otherwise the
 *       interval is split at it (two roots in one interval are found). The result is never
 *       {@code unique} ({@link IrrResult.Proof#NOT_PROVEN}); its warnings name the roots, tangent
 *       roots and, when the root bounds exceed the scan and fewer than s roots were counted, the
 *       rates not searched. No root on the scan is a {@code noSolution} naming the interval.</li>
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
 * <p>Edge cases: all-zero flows → {@link InvalidInputException} ("NPV is zero at every rate");
 * one-signed flows → {@code noSolution}; a root exactly at a probe point is returned exactly; a
 * near miss (|NPV| at an extremum below the tangent tolerance but not zero) is reported as a
 * tangent root with its warning. Time: at most 3,001 grid evaluations plus the solves, each O(n). Stateless and thread-safe; the primitive kernel {@link #irr(double[])}
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
    /**
     * Intervals of the same width the scan may add below and above the grid, as far as the root
     * bounds require: 1 + r then reaches from about 1e−6 to 1e6.
     */
    public static final int GRID_EXTENSION = 1000;
    /**
     * An extremum of NPV is a tangent (double) root when |NPV| there is at most this share of
     * Σ |c_i| (1 + r)^−t_i, the size rounding errors are relative to.
     */
    public static final double TANGENT_TOLERANCE = 1e-11;
    /** Lowest rate of the bracket search for one sign change: 2^−200 − 1, which is −1.0 in double precision. */
    static final double EXPANSION_LOW = Math.scalb(1.0, -200) - 1;
    /** Highest rate of the bracket search for one sign change: 2^200 − 1. */
    static final double EXPANSION_HIGH = Math.scalb(1.0, 200) - 1;
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
        int s = signChanges(k);
        if (s == 1) {
            return uniqueRoot(k, null);
        }
        return nearest(scan(k, s, null).roots, DEFAULT_GUESS);
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
        int s = signChanges(k);
        ex.step(Step.builder(CashFlowSteps.SIGN_CHANGES).formula("sign changes of non-zero flows in time order")
                .result(s, "").source("Descartes' rule of signs: at most this many rates").build());
        List<Step> brackets = new ArrayList<>();
        Scan scan = s == 1 ? new Scan(List.of(uniqueRoot(k, brackets)), List.of(), EXPANSION_LOW, EXPANSION_HIGH, true)
                : scan(k, s, brackets);
        List<Double> roots = scan.roots;
        ex.step(Step.builder(CashFlowSteps.SCAN).formula(s == 1 ? "1 + r doubled or halved from 1 until NPV changes sign"
                        : "NPV and NPV' on " + GRID_INTERVALS + "+ log-uniform intervals of 1 + r")
                .input("low", scan.low, unit).input("high", scan.high, unit)
                .result(Quantity.text("coversEveryRoot", String.valueOf(scan.complete))).build());
        Step.Builder rootStep = Step.builder(CashFlowSteps.ROOTS).formula("NPV(r) = 0")
                .result(Quantity.text("roots", roots.toString()));
        brackets.forEach(rootStep::child);
        ex.step(rootStep.build());
        boolean unique = s == 1;
        IrrResult.Proof proof = unique ? IrrResult.Proof.DESCARTES_ONE_SIGN_CHANGE : IrrResult.Proof.NOT_PROVEN;
        List<String> warnings = unique ? List.of() : warnings(s, scan);
        ex.step(Step.builder(CashFlowSteps.UNIQUENESS).formula(unique ? "one sign change: exactly one rate"
                        : s + " sign changes: up to " + s + " rates")
                .result(Quantity.text("unique", String.valueOf(unique))).input(Quantity.text("proof", proof.name()))
                .input(Quantity.text("warnings", warnings.toString()))
                .source("Descartes' rule of signs (Laguerre 1883 for real exponents)").build());
        double rate = nearest(roots, guess);
        ex.step(Step.builder(CashFlowSteps.IRR).formula(roots.size() == 1 ? "the only root found"
                : "the root nearest the guess").result(rate, unit).source(SOURCE).build());
        return new IrrResult(rate, roots, s, unique, proof, scan.low, scan.high, warnings, ex.build());
    }

    private static List<String> warnings(int s, Scan scan) {
        List<String> w = new ArrayList<>();
        w.add("the flows change sign " + s + " times, so up to " + s + " rates can make NPV zero (Descartes' rule of signs);"
                + " the rate is not proven unique");
        if (scan.roots.size() > 1) {
            w.add(scan.roots.size() + " rates make NPV zero: " + scan.roots
                    + "; the rate reported is the one nearest the guess, and IRR alone cannot rank this project");
        }
        for (double r : scan.tangents) {
            w.add("NPV touches zero without changing sign at r = " + r + " (|NPV| <= " + TANGENT_TOLERANCE
                    + " of the discounted flows' absolute sum): a double root, or two roots closer than rounding separates");
        }
        int counted = scan.roots.size() + scan.tangents.size(); // a tangent root counts twice
        if (!scan.complete && counted < s) {
            w.add("rates outside [" + scan.low + ", " + scan.high + "] were not searched; " + (s - counted)
                    + " more root(s) allowed by Descartes' rule may lie there");
        }
        return List.copyOf(w);
    }

    private static int signChanges(RateKernel k) {
        if (k.allZero()) {
            throw new InvalidInputException("flows", "all zero", Rule.INVALID_STATE,
                    "every flow is zero, so NPV is zero at every rate and no rate of return is defined");
        }
        return k.signChanges();
    }

    /** The roots found, the tangent (double) roots among them, the rates searched, whether they cover every root. */
    private record Scan(List<Double> roots, List<Double> tangents, double low, double high, boolean complete) {
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

    /**
     * Several sign changes: scan the grid, extended towards the root bounds, and solve every bracket
     * of NPV and every extremum of NPV at which |NPV| is within rounding of zero.
     */
    private static Scan scan(RateKernel k, int signChanges, List<Step> brackets) {
        if (signChanges == 0) {
            throw CalculationException.noSolution("flows", "the flows never change sign, so NPV is never zero");
        }
        double logLow = Math.log(GRID_LOW);
        double h = (Math.log(GRID_HIGH) - logLow) / GRID_INTERVALS;
        double[] bounds = k.logRootBounds();
        int below = (int) Math.min(GRID_EXTENSION, Math.max(0, Math.ceil((logLow - bounds[0]) / h) + 1));
        int above = (int) Math.min(GRID_EXTENSION, Math.max(0, Math.ceil((bounds[1] - Math.log(GRID_HIGH)) / h) + 1));
        double low = Math.exp(logLow - below * h) - 1;
        double high = Math.exp(logLow + (GRID_INTERVALS + above) * h) - 1;
        boolean complete = logLow - below * h <= bounds[0] && logLow + (GRID_INTERVALS + above) * h >= bounds[1];
        List<Double> roots = new ArrayList<>();
        List<Double> tangents = new ArrayList<>();
        double prevR = low;
        k.evaluate(prevR);
        double prev = k.value;
        double prevSlope = k.slope;
        if (prev == 0) {
            roots.add(prevR);
        }
        for (int j = 1 - below; j <= GRID_INTERVALS + above; j++) {
            double r = Math.exp(logLow + j * h) - 1;
            k.evaluate(r);
            double f = k.value;
            double slope = k.slope;
            if (f == 0) {
                roots.add(r);
            } else if (prev != 0 && prevSlope != 0 && slope != 0 && Math.signum(slope) != Math.signum(prevSlope)) {
                // an extremum inside: a tangent root, or two brackets either side of it
                double x = k.extremum(prevR, prevSlope, r, slope);
                double fx = k.value;
                if (Math.abs(fx) <= TANGENT_TOLERANCE * k.magnitude) {
                    if (brackets != null) {
                        brackets.add(Step.builder(CashFlowSteps.TANGENT).formula("NPV'(x) = 0 and |NPV(x)| <= "
                                + TANGENT_TOLERANCE + " * sum |c_i| (1+x)^-t_i").input("a", prevR, "").input("b", r, "")
                                .result(x, "").build());
                    }
                    roots.add(x);
                    tangents.add(x);
                } else {
                    if (Math.signum(fx) != Math.signum(prev)) {
                        roots.add(bracket(k, prevR, prev, x, fx, brackets));
                    }
                    if (Math.signum(fx) != Math.signum(f)) {
                        roots.add(bracket(k, x, fx, r, f, brackets));
                    }
                }
            } else if (prev != 0 && Math.signum(f) != Math.signum(prev)) {
                roots.add(bracket(k, prevR, prev, r, f, brackets));
            }
            prev = f;
            prevSlope = slope;
            prevR = r;
        }
        if (roots.isEmpty()) {
            throw CalculationException.noSolution("irr", "NPV does not change sign or touch zero for r in [" + low
                    + ", " + high + "] (scan of " + (GRID_INTERVALS + below + above) + " intervals)"
                    + (complete ? ", which holds every possible root" : ""));
        }
        roots.sort(null);
        return new Scan(List.copyOf(roots), List.copyOf(tangents), low, high, complete);
    }

    private static double bracket(RateKernel k, double a, double fa, double b, double fb, List<Step> brackets) {
        if (brackets != null) {
            brackets.add(bracketStep(a, b));
        }
        return k.solve(a, fa, b, fb, "irr");
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
