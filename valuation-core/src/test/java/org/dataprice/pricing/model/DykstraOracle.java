package org.dataprice.pricing.model;

import java.util.Arrays;

/**
 * The former {@link ModelPricing#nearestArbitrageFree} algorithm, kept as a test oracle: Dykstra's
 * alternating projections (Boyle &amp; Dykstra 1986) between {q non-decreasing} and {q/x non-increasing},
 * each an exact weighted pool-adjacent-violators isotonic regression, until no price changes by more than
 * 1e-12·(1 + max|y|) and both conditions hold to 1e-9·(1 + max|y|). Quadratic or worse; small inputs only.
 */
final class DykstraOracle {
    private static final int MAX_ITERATIONS = 1_000_000;

    private DykstraOracle() {
    }

    /**
     * @param x precisions, increasing
     * @param y wished prices
     * @return the projection
     */
    static double[] project(double[] x, double[] y) {
        int n = x.length;
        double scale = 0;
        for (double v : y) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tol = 1e-12 * (1 + scale);
        double[] q = y.clone();
        double[] p1 = new double[n];
        double[] p2 = new double[n];
        double[] a = new double[n];
        double[] w1 = new double[n];
        Arrays.fill(w1, 1);
        double[] w2 = new double[n];
        for (int i = 0; i < n; i++) {
            w2[i] = x[i] * x[i];
        }
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            double change = 0;
            for (int i = 0; i < n; i++) {
                a[i] = q[i] + p1[i];
            }
            double[] b = pav(a, w1, true);
            for (int i = 0; i < n; i++) {
                p1[i] = a[i] - b[i];
            }
            for (int i = 0; i < n; i++) {
                a[i] = (b[i] + p2[i]) / x[i];
            }
            double[] r = pav(a, w2, false);
            for (int i = 0; i < n; i++) {
                double next = r[i] * x[i];
                p2[i] = b[i] + p2[i] - r[i] * x[i];
                change = Math.max(change, Math.abs(next - q[i]));
                q[i] = next;
            }
            if (change <= tol && violation(q, x) <= ModelPricing.TOLERANCE * (1 + scale)) {
                return q;
            }
        }
        throw new AssertionError("Dykstra did not converge");
    }

    private static double violation(double[] q, double[] x) {
        double v = 0;
        for (int i = 1; i < q.length; i++) {
            v = Math.max(v, q[i - 1] - q[i]);
            v = Math.max(v, (q[i] / x[i] - q[i - 1] / x[i - 1]) * x[i]);
        }
        return v;
    }

    private static double[] pav(double[] v, double[] w, boolean increasing) {
        int n = v.length;
        double[] level = new double[n];
        double[] weight = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            level[blocks] = v[i];
            weight[blocks] = w[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && (increasing ? level[blocks - 2] > level[blocks - 1]
                    : level[blocks - 2] < level[blocks - 1])) {
                double tw = weight[blocks - 2] + weight[blocks - 1];
                level[blocks - 2] = (level[blocks - 2] * weight[blocks - 2] + level[blocks - 1] * weight[blocks - 1]) / tw;
                weight[blocks - 2] = tw;
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            for (int c = 0; c < count[b]; c++) {
                out[k++] = level[b];
            }
        }
        return out;
    }
}
