package org.dataprice.index.multilateral;

import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * 盖瑞-哈米斯指数 — the Geary–Khamis multilateral index: price levels P_t and product "international
 * prices" v_i that define each other.
 *
 * <p>Formula: {@code v_i = Σ_t (q_it / q_i) (p_it / P_t)}, {@code q_i = Σ_t q_it};
 * {@code P_t = Σ_i p_it q_it / Σ_i v_i q_it}; normalised so {@code P_0 = 1}. Sums run over present
 * cells. Source: Geary (1958), Khamis (1972); Diewert &amp; Fox (2022), J. Bus. Econ. Stat. 40(1), eqs. (7)–(8);
 * IndexNumR 0.6.0 {@code GKIndex}.
 *
 * <p>Solvers: {@link GearyKhamisSolver#ITERATIVE} alternates the two equations from P = 1 until
 * {@code max_t |ΔP_t / P_t| < tolerance} (else {@link CalculationException} no-convergence);
 * {@link GearyKhamisSolver#MATRIX} solves {@code (I − C) v = 0} with {@code v_last = 1}, where
 * {@code C_ij = Σ_t q_it p_it q_jt / (q_i E_t)}, by LU (Hipparchus).
 *
 * <p>Limits: the matrix solver accepts at most {@link #MAX_MATRIX_PRODUCTS} products. Immutable and
 * thread-safe.
 *
 * @param solver        how to solve; not null
 * @param tolerance     relative convergence tolerance of the iteration, in (0, 1e-3]
 * @param maxIterations iteration budget, in [1, 1,000,000]
 */
public record GearyKhamisIndex(GearyKhamisSolver solver, double tolerance, int maxIterations)
        implements MultilateralMethod {
    /** Iterative, tolerance 1e-12, at most 100,000 iterations. */
    public static final GearyKhamisIndex DEFAULT = new GearyKhamisIndex(GearyKhamisSolver.ITERATIVE, 1e-12, 100_000);
    /** The largest product count the matrix solver accepts. */
    public static final int MAX_MATRIX_PRODUCTS = 2_000;

    /** Validates. */
    public GearyKhamisIndex {
        Require.notNull(solver, "solver");
        Require.inClosedRange(tolerance, Double.MIN_NORMAL, 1e-3, "tolerance");
        Require.that(maxIterations >= 1 && maxIterations <= 1_000_000, "maxIterations", maxIterations,
                org.dataprice.error.Rule.OUT_OF_RANGE, "[1, 1000000]");
    }

    @Override
    public IndexSettings settings() {
        return IndexSettings.of("geary-khamis").with("solver", solver.name())
                .with("tolerance", Double.toString(tolerance)).with("maxIterations", Integer.toString(maxIterations));
    }

    @Override
    public IndexResult compute(PricePanel panel) {
        int[] iterations = new int[1];
        double[] levels = solve(panel, iterations);
        return MultilateralExplanations.result(settings(), panel, levels,
                "P_t = Σ p q / Σ v q, v_i = Σ_t (q_it/q_i)(p_it/P_t)", "Diewert & Fox (2022), eqs. (7)-(8)",
                Step.of(MultilateralSteps.ITERATIONS, solver == GearyKhamisSolver.MATRIX ? "LU" : "fixed point",
                        iterations[0], ""));
    }

    @Override
    public double[] levels(PricePanel window) {
        return solve(window, new int[1]);
    }

    private double[] solve(PricePanel w, int[] iterations) {
        Require.notNull(w, "window");
        int t = w.periodCount();
        int n = w.productCount();
        double[] p = w.prices();
        double[] q = w.quantities();
        double[] qi = new double[n];
        double[] e = new double[t];
        for (int s = 0; s < t; s++) {
            for (int i = 0; i < n; i++) {
                qi[i] += q[s * n + i];
                e[s] += p[s * n + i] * q[s * n + i];
            }
        }
        double[] v = solver == GearyKhamisSolver.MATRIX ? matrix(p, q, qi, e, t, n) : null;
        double[] level = new double[t];
        if (v != null) {
            levelsFrom(v, p, q, e, t, n, level);
        } else {
            v = new double[n];
            java.util.Arrays.fill(level, 1);
            for (int it = 1; ; it++) {
                java.util.Arrays.fill(v, 0);
                for (int s = 0; s < t; s++) {
                    double inv = 1 / level[s];
                    for (int i = 0; i < n; i++) {
                        v[i] += q[s * n + i] * p[s * n + i] * inv;
                    }
                }
                for (int i = 0; i < n; i++) {
                    v[i] /= qi[i];
                }
                double[] before = level.clone();
                levelsFrom(v, p, q, e, t, n, level);
                double change = 0;
                for (int s = 0; s < t; s++) {
                    change = Math.max(change, Math.abs(level[s] / before[s] - 1));
                }
                iterations[0] = it;
                if (change < tolerance) {
                    break;
                }
                if (it >= maxIterations) {
                    throw CalculationException.noConvergence("index", it, tolerance);
                }
            }
        }
        double base = level[0];
        for (int s = 0; s < t; s++) {
            level[s] /= base;
        }
        level[0] = 1;
        return level;
    }

    /** P_t = E_t / Σ_i v_i q_it. */
    private static void levelsFrom(double[] v, double[] p, double[] q, double[] e, int t, int n, double[] level) {
        for (int s = 0; s < t; s++) {
            double d = 0;
            for (int i = 0; i < n; i++) {
                d += v[i] * q[s * n + i];
            }
            level[s] = e[s] / d;
        }
    }

    /** Solves (I − C) v = 0 with v_{n-1} = 1. */
    private static double[] matrix(double[] p, double[] q, double[] qi, double[] e, int t, int n) {
        Require.withinLimit(n, MAX_MATRIX_PRODUCTS, "products", "use the ITERATIVE solver");
        double[][] a = new double[n][n];
        for (int s = 0; s < t; s++) {
            for (int i = 0; i < n; i++) {
                double f = q[s * n + i] * p[s * n + i] / (qi[i] * e[s]);
                if (f == 0) {
                    continue;
                }
                double[] row = a[i];
                for (int j = 0; j < n; j++) {
                    row[j] -= f * q[s * n + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            a[i][i] += 1;
        }
        if (n == 1) {
            return new double[] {1};
        }
        int m = n - 1;
        double[][] r = new double[m][m];
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(a[i], 0, r[i], 0, m);
            b[i] = -a[i][m];
        }
        RealVector x = new LUDecomposition(new Array2DRowRealMatrix(r, false)).getSolver()
                .solve(new ArrayRealVector(b, false));
        double[] v = new double[n];
        for (int i = 0; i < m; i++) {
            v[i] = x.getEntry(i);
        }
        v[m] = 1;
        return v;
    }
}
