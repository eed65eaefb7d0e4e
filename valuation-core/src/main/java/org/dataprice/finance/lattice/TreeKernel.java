package org.dataprice.finance.lattice;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

/**
 * The backward induction shared by the trees, in O(n) memory: one array of n + 1 values rolled back
 * in place, and for early exercise one array of the 2n + 1 distinct exercise values, precomputed by
 * node height k = 2j − i + n (S = S0 u^(k−n)), so the inner loop is one multiply-add and one max.
 */
final class TreeKernel {
    private TreeKernel() {
    }

    /**
     * Splits exercise values by node height into the even and odd heights, so that the nodes of one
     * step (heights n − i + 2j, all of one parity) read them contiguously: height h is at index h / 2
     * of the array of its parity.
     *
     * @param ex the 2n + 1 exercise values by height
     * @return {even heights, odd heights}
     */
    static double[][] byParity(double[] ex) {
        int n2 = ex.length;
        double[] even = new double[(n2 + 1) / 2];
        double[] odd = new double[n2 / 2];
        for (int h = 0; h < n2; h++) {
            if ((h & 1) == 0) {
                even[h >> 1] = ex[h];
            } else {
                odd[h >> 1] = ex[h];
            }
        }
        return new double[][] {even, odd};
    }

    /**
     * Rolls the values back to the root.
     *
     * @param v      the n + 1 terminal values, overwritten
     * @param ex     the 2n + 1 exercise values by height, or null for European exercise
     * @param n      steps
     * @param pu     e^(−r dt) p
     * @param pd     e^(−r dt) (1 − p)
     * @param levels receives the values at step 2 (indices 0..2) and step 1 (indices 3..4), or null
     * @return the value at the root
     */
    static double rollback(double[] v, double[] ex, int n, double pu, double pd, double[] levels) {
        double[][] parity = ex == null ? null : byParity(ex);
        for (int i = n - 1; i >= 0; i--) {
            if (ex == null) {
                for (int j = 0; j <= i; j++) {
                    v[j] = pd * v[j] + pu * v[j + 1];
                }
            } else {
                int base = n - i; // height of node (i, 0)
                double[] e = parity[base & 1];
                int off = base >> 1;
                for (int j = 0; j <= i; j++) {
                    v[j] = Math.max(pd * v[j] + pu * v[j + 1], e[off + j]);
                }
            }
            if (levels != null && i == 2) {
                System.arraycopy(v, 0, levels, 0, 3);
            } else if (levels != null && i == 1) {
                System.arraycopy(v, 0, levels, 3, 2);
            }
        }
        return v[0];
    }

    /** Rejects a probability outside [0, 1] (too few steps for the drift), naming {@code steps}. */
    static double checkProbability(double p, int steps) {
        if (!(p >= 0 && p <= 1)) {
            throw new InvalidInputException("steps", steps, Rule.INVALID_STATE,
                    "the up probability p = " + p + " lies outside [0, 1]; use more steps");
        }
        return p;
    }

    /** Delta from the first step. */
    static double delta(double[] levels, double s, double u, double d) {
        return (levels[4] - levels[3]) / (s * u - s * d);
    }

    /** Gamma from the second step (Hull, OFOD 9th ed., §21.3). */
    static double gamma(double[] levels, double s, double u, double d) {
        double su2 = s * u * u;
        double sd2 = s * d * d;
        double s11 = s * u * d;
        double deltaUp = (levels[2] - levels[1]) / (su2 - s11);
        double deltaDown = (levels[1] - levels[0]) / (s11 - sd2);
        return (deltaUp - deltaDown) / (0.5 * (su2 - sd2));
    }
}
