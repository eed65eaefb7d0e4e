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
    /** NPV' at the last point, scaled by the same positive factor as {@link #value}. */
    double slope;
    /** Σ |c_i| (1 + r)^(−t_i) at the last point, scaled as {@link #value}: the size rounding is relative to. */
    double magnitude;
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
            double m = Math.abs(c[n - 1]);
            for (int i = n - 2; i >= 0; i--) {
                dp = dp * v + p;
                p = p * v + c[i];
                m = m * v + Math.abs(c[i]);
            }
            value = p;
            slope = -v * v * dp;
            magnitude = m;
            step = p / slope;
        } else {
            // Q(w) = Σ c_i w^(N−i) = (1+r)^N · NPV, w = 1 + r; NPV/NPV' = Q / (Q' − N Q / w)
            double w = 1 + r;
            double q = c[0];
            double dq = 0;
            double m = Math.abs(c[0]);
            for (int i = 1; i < n; i++) {
                dq = dq * w + q;
                q = q * w + c[i];
                m = m * w + Math.abs(c[i]);
            }
            value = q;
            slope = dq - (n - 1) * q / w;
            magnitude = m;
            step = q / slope;
        }
    }

    private void evaluateDated(double r) {
        // F = Σ c_i exp(−(t_i − t_ref) L), L = ln(1+r), t_ref = 0 or t_max so every factor ≤ 1
        double l = Math.log1p(r);
        double ref = l >= 0 ? 0 : tMax;
        double f = 0;
        double d = 0;
        double m = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.exp(-(t[i] - ref) * l);
            double e = c[i] * x;
            f += e;
            d -= t[i] * e;
            m += Math.abs(c[i]) * x;
        }
        value = f;
        slope = d / (1 + r);
        magnitude = m;
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

    /**
     * Finds a local extremum of NPV: a zero of NPV' on a bracket whose end slopes have opposite
     * signs, by the Illinois variant of regula falsi (Dowell &amp; Jarratt, BIT 11, 1971), bisecting
     * when it stalls. Leaves {@link #value} and {@link #magnitude} evaluated at the point returned.
     *
     * @param a  one end
     * @param sa the (scaled) slope at a, non-zero
     * @param b  the other end
     * @param sb the (scaled) slope at b, non-zero and of the other sign
     * @return the extremum, within |Δr| ≤ 1e−15 + 2 ulp(r)
     */
    double extremum(double a, double sa, double b, double sb) {
        int side = 0;
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            double x = k % 8 == 7 ? 0.5 * (a + b) : (a * sb - b * sa) / (sb - sa);
            if (!((x - a) * (x - b) < 0)) {
                x = 0.5 * (a + b);
            }
            if (!((x - a) * (x - b) < 0) || Math.abs(b - a) <= ABSOLUTE_TOLERANCE + 2 * Math.ulp(x)) {
                evaluate(x);
                return x;
            }
            evaluate(x);
            double sx = slope;
            if (sx == 0) {
                return x;
            }
            if (Math.signum(sx) == Math.signum(sa)) {
                a = x;
                sa = sx;
                if (side == -1) {
                    sb *= 0.5;
                }
                side = -1;
            } else {
                b = x;
                sb = sx;
                if (side == 1) {
                    sa *= 0.5;
                }
                side = 1;
            }
        }
        double x = 0.5 * (a + b);
        evaluate(x);
        return x;
    }

    /**
     * Bounds every root: for 1 + r = w &gt; 1 a root needs |c_f| ≤ S w^−δ (c_f the first non-zero
     * flow, S the sum of the other |c_i|, δ the gap to the next non-zero flow), so w ≤ (S/|c_f|)^(1/δ);
     * symmetrically w ≥ (|c_l|/S')^(1/δ') below 1 with the last non-zero flow c_l (a Cauchy bound).
     *
     * @return {ln of the lowest, ln of the highest 1 + r at which NPV can vanish}; needs ≥ 2 non-zero flows
     */
    double[] logRootBounds() {
        int first = -1;
        int second = -1;
        int last = -1;
        int beforeLast = -1;
        for (int i = 0; i < n; i++) {
            if (c[i] != 0) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                }
                beforeLast = last;
                last = i;
            }
        }
        double afterFirst = 0;
        double beforeLastSum = 0;
        for (int i = 0; i < n; i++) {
            if (i > first) {
                afterFirst += Math.abs(c[i]);
            }
            if (i < last) {
                beforeLastSum += Math.abs(c[i]);
            }
        }
        double high = (Math.log(afterFirst) - Math.log(Math.abs(c[first]))) / (time(second) - time(first));
        double low = (Math.log(Math.abs(c[last])) - Math.log(beforeLastSum)) / (time(last) - time(beforeLast));
        return new double[] {Math.min(0, low), Math.max(0, high)};
    }

    private double time(int i) {
        return t == null ? i : t[i];
    }

    /** @return whether every flow is zero */
    boolean allZero() {
        for (int i = 0; i < n; i++) {
            if (c[i] != 0) {
                return false;
            }
        }
        return true;
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
