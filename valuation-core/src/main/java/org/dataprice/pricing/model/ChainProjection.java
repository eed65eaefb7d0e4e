package org.dataprice.pricing.model;

import org.dataprice.error.CancelledException;

/**
 * The least-squares projection behind {@link ModelPricing#nearestArbitrageFree}: given precisions
 * 0 &lt; x₁ &lt; … &lt; xₙ and wished prices y, find q minimising Σ (qᵢ − yᵢ)² subject to
 * q_{i-1} ≤ qᵢ ≤ (xᵢ/x_{i-1})·q_{i-1} for every i ≥ 2 (q non-decreasing and q/x non-increasing in x;
 * together they force q ≥ 0).
 *
 * <p>Algorithm: dynamic programming over the chain. With fᵢ(v) = min Σ_{k≤i} (q_k − y_k)² over feasible
 * q₁…qᵢ with qᵢ = v, f₁(v) = (v − y₁)² and fᵢ(v) = gᵢ(v) + (v − yᵢ)², where
 * gᵢ(v) = min_{v/cᵢ ≤ u ≤ v} f_{i-1}(u), cᵢ = xᵢ/x_{i-1} &gt; 1. If m is the minimiser of f_{i-1}, then
 * gᵢ = f_{i-1} on [0, m], is flat on [m, cᵢm] and equals f_{i-1}(v/cᵢ) beyond cᵢm. Each fᵢ′ is a
 * continuous, increasing, piecewise-linear function kept as a cursor at its root and two stacks of
 * breakpoints (position, slope change): those left of the root are never transformed again, those right
 * of it are stored divided by x (positions) and multiplied by x² (slope changes), so the stretch by cᵢ of
 * every step costs nothing. The new root is found by walking the cursor across breakpoints; the solution
 * is recovered backwards: qₙ = argmin fₙ, q_{i-1} = clamp(argmin f_{i-1}, qᵢ/cᵢ, qᵢ). The same
 * technique as the piecewise-quadratic dynamic programmes for the fused lasso (Johnson, "A Dynamic
 * Programming Algorithm for the Fused Lasso and L0-Segmentation", J. Comput. Graph. Stat. 22(2), 2013).
 *
 * <p>Cost: O(n + w) time and O(n) memory, where w is the number of breakpoints the root walks across
 * (each step adds at most two); on every input family we measured w ≤ 3n (see the benchmark
 * {@code ModelPriceFitBenchmark}). The calling thread's interrupt flag is checked every
 * {@link CancelledException#CHECK_INTERVAL} points.
 */
final class ChainProjection {

    private ChainProjection() {
    }

    /**
     * @param x the precisions, positive and strictly increasing; not null
     * @param y the wished prices, &ge; 0, same length; not null
     * @return the projection q, same length
     */
    static double[] project(double[] x, double[] y) {
        int n = y.length;
        double[] root = new double[n];
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = x[i] / x[0]; // only the ratios matter; keeps x² in range
        }
        Stack left = new Stack(2 * n + 2);
        Stack right = new Stack(2 * n + 2);
        // cursor at p with value dv = f'(p), slopes sl (left of p) and sr (right of p)
        double p = Math.max(0, y[0]);
        double dv = 2 * (p - y[0]);
        double sl = 2;
        double sr = 2;
        root[0] = p;
        for (int i = 1; i < n; i++) {
            if (i % CancelledException.CHECK_INTERVAL == 0) {
                CancelledException.throwIfInterrupted();
            }
            double xPrev = scaled[i - 1];
            double xi = scaled[i];
            // g_i: flat on [p, c·p]; the kink at c·p carries the old right slope, stretched by 1/c²
            right.push(p / xPrev, sr * xPrev * xPrev);
            sr = 0;
            dv = p > 0 ? 0 : dv * xPrev / xi;
            // + (v − y_i)²
            dv += 2 * (p - y[i]);
            sl += 2;
            sr += 2;
            if (dv < 0) {
                // walk right to the root
                while (true) {
                    if (p > 0 && sl != sr) {
                        left.push(p, sr - sl);
                    }
                    sl = sr;
                    if (right.isEmpty()) {
                        p -= dv / sr;
                        break;
                    }
                    double t = right.position() * xi;
                    if (sr * (t - p) >= -dv) {
                        p = Math.min(t, p - dv / sr);
                        break;
                    }
                    dv += sr * (t - p);
                    p = t;
                    sr = sl + right.slopeChange() / (xi * xi);
                    right.pop();
                }
                dv = 0;
            } else if (dv > 0 && p > 0) {
                // walk left to the root, or to the boundary 0
                while (true) {
                    if (sl != sr) {
                        right.push(p / xi, (sr - sl) * xi * xi);
                    }
                    sr = sl;
                    double t = left.isEmpty() ? 0 : left.position();
                    if (sl * (p - t) >= dv) {
                        p = Math.max(t, p - dv / sl);
                        dv = 0;
                        break;
                    }
                    dv -= sl * (p - t);
                    p = t;
                    if (left.isEmpty()) {
                        break; // the boundary: f' > 0 at 0
                    }
                    sl = sr - left.slopeChange();
                    left.pop();
                }
            }
            root[i] = p;
        }
        double[] q = new double[n];
        q[n - 1] = root[n - 1];
        for (int i = n - 1; i >= 1; i--) {
            // q_{i-1} = clamp(root_{i-1}, q_i·x_{i-1}/x_i, q_i)
            q[i - 1] = Math.min(Math.max(root[i - 1], q[i] * x[i - 1] / x[i]), q[i]);
        }
        return q;
    }

    /** A stack of breakpoints in two primitive arrays; the top is the one nearest the cursor. */
    private static final class Stack {
        private double[] position;
        private double[] slopeChange;
        private int size;

        Stack(int capacity) {
            position = new double[capacity];
            slopeChange = new double[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(double at, double change) {
            if (size == position.length) {
                position = java.util.Arrays.copyOf(position, 2 * size);
                slopeChange = java.util.Arrays.copyOf(slopeChange, 2 * size);
            }
            position[size] = at;
            slopeChange[size] = change;
            size++;
        }

        double position() {
            return position[size - 1];
        }

        double slopeChange() {
            return slopeChange[size - 1];
        }

        void pop() {
            size--;
        }
    }
}
