package org.dataprice.finance.cashflow;

import org.dataprice.error.CalculationException;

/**
 * The primitive kernel behind IRR and XIRR: evaluates NPV(r) = Σ c_i (1 + r)^(−t_i) and the Newton
 * step NPV/NPV' without overflow, and solves for a root inside a bracket by a safeguarded Newton
 * iteration (Newton steps that stay inside the bracket and shrink fast enough, bisection otherwise;
 * after Press et al., <i>Numerical Recipes</i>, 3rd ed. 2007, §9.4 "rtsafe").
 *
 * <p>Overflow: for r ≥ 0 the flows are discounted by v = 1/(1+r) ≤ 1; for r &lt; 0 the NPV is scaled
 * by (1 + r)^t_max &gt; 0, which keeps every term ≤ |c_i| and leaves the sign and the Newton step
 * unchanged. Periodic flows (t_i = i) use Horner's rule, with no {@code pow} or {@code exp}.
 *
 * <p>Mutable scratch state: one instance per solve, never shared between threads.
 */
final class RateKernel {
    /** Iteration budget; bisection alone needs about 110 halvings of the widest bracket. */
    static final int MAX_ITERATIONS = 300;
    /** Absolute part of the stopping tolerance on the rate. */
    static final double ABSOLUTE_TOLERANCE = 1e-15;

    private final double[] c;
    private final double[] t;
    private final int n;
    private final double tMax;
    /** NPV at the last point, scaled by a positive factor. */
    double value;
    /** NPV / NPV' at the last point (scale-free); NaN when NPV' = 0. */
    double step;
    /** Evaluations so far. */
    int evaluations;

    /**
     * @param c the amounts; for dated flows sorted by time
     * @param t the times in years, ascending; null for periodic flows at t_i = i
     */
    RateKernel(double[] c, double[] t) {
        this.c = c;
        this.t = t;
        this.n = c.length;
        this.tMax = t == null ? n - 1 : t[n - 1];
    }

    /** Evaluates {@link #value} and {@link #step} at rate r &gt; −1. */
    void evaluate(double r) {
        evaluations++;
        if (t == null) {
            evaluatePeriodic(r);
        } else {
            evaluateDated(r);
        }
    }

    private void evaluatePeriodic(double r) {
        if (r >= 0) {
            // P(v) = Σ c_i v^i by Horner, v = 1/(1+r); NPV' = P'(v) · (−v²)
            double v = 1 / (1 + r);
            double p = c[n - 1];
            double dp = 0;
            for (int i = n - 2; i >= 0; i--) {
                dp = dp * v + p;
                p = p * v + c[i];
            }
            value = p;
            step = p / (-v * v * dp);
        } else {
            // Q(w) = Σ c_i w^(N−i) = (1+r)^N · NPV, w = 1 + r; NPV/NPV' = Q / (Q' − N Q / w)
            double w = 1 + r;
            double q = c[0];
            double dq = 0;
            for (int i = 1; i < n; i++) {
                dq = dq * w + q;
                q = q * w + c[i];
            }
            value = q;
            step = q / (dq - (n - 1) * q / w);
        }
    }

    private void evaluateDated(double r) {
        // F = Σ c_i exp(−(t_i − t_ref) L), L = ln(1+r), t_ref = 0 or t_max so every factor ≤ 1
        double l = Math.log1p(r);
        double ref = l >= 0 ? 0 : tMax;
        double f = 0;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double e = c[i] * Math.exp(-(t[i] - ref) * l);
            f += e;
            d -= t[i] * e;
        }
        value = f;
        step = f * (1 + r) / d;
    }

    /**
     * Solves NPV(r) = 0 on a bracket whose ends have NPVs of opposite signs.
     *
     * @param a one end, &gt; −1
     * @param b the other end, &gt; −1
     * @param field the name for a failure
     * @return the root
     */
    double solve(double a, double b, String field) {
        evaluate(a);
        double fa = value;
        if (fa == 0) {
            return a;
        }
        evaluate(b);
        if (value == 0) {
            return b;
        }
        return solve(a, fa, b, value, field);
    }

    /**
     * Solves on a bracket whose end values are known: starts from the secant point, then takes
     * Newton steps that stay inside the shrinking bracket, bisecting otherwise.
     *
     * @param a  one end
     * @param fa the (scaled) NPV at a, non-zero
     * @param b  the other end
     * @param fb the (scaled) NPV at b, non-zero and of the other sign
     * @param field the name for a failure
     * @return the root
     */
    double solve(double a, double fa, double b, double fb, String field) {
        double neg = fa < 0 ? a : b; // NPV(neg) < 0 < NPV(pos)
        double pos = fa < 0 ? b : a;
        double x = a - fa * (b - a) / (fb - fa); // secant start, inside (a, b) when both values share a scale
        if (!((x - a) * (x - b) < 0)) {
            x = 0.5 * (a + b);
        }
        double dxOld = Math.abs(b - a);
        double dx = dxOld;
        evaluate(x);
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            if (value == 0) {
                return x;
            }
            if (value < 0) {
                neg = x;
            } else {
                pos = x;
            }
            double xn = x - step;
            boolean inside = (xn - neg) * (xn - pos) < 0;
            if (inside && Math.abs(step) < 0.5 * Math.abs(dxOld)) {
                dxOld = dx;
                dx = step;
                x = xn;
            } else {
                dxOld = dx;
                dx = 0.5 * (pos - neg);
                x = neg + dx;
            }
            if (Math.abs(dx) <= ABSOLUTE_TOLERANCE + 2 * Math.ulp(x) || Math.abs(pos - neg) <= 2 * Math.ulp(x)) {
                return x;
            }
            evaluate(x);
        }
        throw CalculationException.noConvergence(field, MAX_ITERATIONS, ABSOLUTE_TOLERANCE);
    }

    /** @return the sign of NPV at r = +∞ (first non-zero flow), 0 when all are zero */
    double signAtInfinity() {
        for (int i = 0; i < n; i++) {
            if (c[i] != 0) {
                return Math.signum(c[i]);
            }
        }
        return 0;
    }

    /** @return the sign of NPV as r → −1 (last non-zero flow), 0 when all are zero */
    double signAtMinusOne() {
        for (int i = n - 1; i >= 0; i--) {
            if (c[i] != 0) {
                return Math.signum(c[i]);
            }
        }
        return 0;
    }

    /** @return the number of sign changes in the non-zero flows, in time order */
    int signChanges() {
        int changes = 0;
        double last = 0;
        for (int i = 0; i < n; i++) {
            if (c[i] != 0) {
                double s = Math.signum(c[i]);
                if (last != 0 && s != last) {
                    changes++;
                }
                last = s;
            }
        }
        return changes;
    }
}
