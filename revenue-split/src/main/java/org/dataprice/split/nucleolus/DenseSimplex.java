package org.dataprice.split.nucleolus;

import org.dataprice.error.CalculationException;

/**
 * A dense two-phase primal simplex for max c·w s.t. A w = b, w ≥ 0, with Bland's rule (no cycling).
 * Sized for the nucleolus duals: few rows (n + 1), many columns (one per coalition). Returns the
 * optimal w and the simplex multipliers π = c<sub>B</sub>B<sup>−1</sup>, which solve the dual
 * min π·b s.t. πA ≥ c. Not thread-safe per call state; the class itself is stateless.
 *
 * <p>Source: Chvátal, <i>Linear Programming</i>, 1983, ch. 2–3 and 8; Bland, "New finite pivoting
 * rules for the simplex method", Math. of OR 2 (1977) 103–107.
 */
final class DenseSimplex {
    private static final int MAX_PIVOTS = 1_000_000;

    private DenseSimplex() {
    }

    /** The optimum: objective value, primal w, multipliers π. */
    record Solution(double value, double[] w, double[] pi) {
    }

    static Solution maximize(double[][] a, double[] b, double[] c, double tol) {
        int m = b.length;
        int n = c.length;
        int cols = n + m + 1;
        double[][] t = new double[m + 1][cols]; // row m: objective row of reduced costs (c_j − z_j)
        double[] sign = new double[m];
        int[] basis = new int[m];
        for (int r = 0; r < m; r++) {
            sign[r] = b[r] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[r][j] = sign[r] * a[r][j];
            }
            t[r][n + r] = 1;
            t[r][cols - 1] = sign[r] * b[r];
            basis[r] = n + r;
        }
        // phase I: maximise −Σ artificials; reduced costs c_j − z_j with c_art = −1
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int r = 0; r < m; r++) {
                s += t[r][j];
            }
            t[m][j] = j >= n && j < n + m ? 0 : s;
        }
        run(t, basis, n + m, tol);
        if (t[m][cols - 1] > tol * Math.max(1, m)) {
            throw CalculationException.noSolution("nucleolus", "the linear program is infeasible");
        }
        for (int r = 0; r < m; r++) { // drive zero-level artificials out where possible
            if (basis[r] >= n) {
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[r][j]) > tol) {
                        pivot(t, basis, r, j);
                        break;
                    }
                }
            }
        }
        // phase II objective row: c_j − c_B B^-1 A_j
        for (int j = 0; j < cols; j++) {
            double z = 0;
            for (int r = 0; r < m; r++) {
                int k = basis[r];
                z += (k < n ? c[k] : 0) * t[r][j];
            }
            t[m][j] = (j < n ? c[j] : 0) - z;
        }
        run(t, basis, n, tol);
        double[] w = new double[n];
        for (int r = 0; r < m; r++) {
            if (basis[r] < n) {
                w[basis[r]] = t[r][cols - 1];
            }
        }
        double[] pi = new double[m];
        for (int r = 0; r < m; r++) {
            pi[r] = -t[m][n + r] * sign[r]; // reduced cost of artificial r is −π'_r
        }
        return new Solution(-t[m][cols - 1], w, pi);
    }

    /** Pivots until no column below {@code enterLimit} has a positive reduced cost (Bland's rule). */
    private static void run(double[][] t, int[] basis, int enterLimit, double tol) {
        int m = basis.length;
        int rhs = t[0].length - 1;
        for (int it = 0; it < MAX_PIVOTS; it++) {
            int enter = -1;
            for (int j = 0; j < enterLimit; j++) {
                if (t[m][j] > tol) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < m; r++) {
                if (t[r][enter] > tol) {
                    double ratio = t[r][rhs] / t[r][enter];
                    if (ratio < best - tol || (ratio <= best + tol && leave >= 0 && basis[r] < basis[leave])) {
                        best = Math.min(best, ratio);
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                throw CalculationException.noSolution("nucleolus", "the linear program is unbounded");
            }
            pivot(t, basis, leave, enter);
        }
        throw CalculationException.noConvergence("nucleolus", MAX_PIVOTS, tol);
    }

    private static void pivot(double[][] t, int[] basis, int row, int col) {
        double[] p = t[row];
        double inv = 1 / p[col];
        for (int j = 0; j < p.length; j++) {
            p[j] *= inv;
        }
        p[col] = 1;
        for (int r = 0; r < t.length; r++) {
            if (r == row) {
                continue;
            }
            double[] q = t[r];
            double f = q[col];
            if (f != 0) {
                for (int j = 0; j < q.length; j++) {
                    q[j] -= f * p[j];
                }
                q[col] = 0;
            }
        }
        basis[row] = col;
    }
}
