package org.dataprice.index.multilateral;

import org.dataprice.error.CalculationException;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealVector;
import org.hipparchus.exception.MathIllegalArgumentException;

/**
 * 时间-产品虚拟变量指数 — the (weighted) time-product dummy index: the time effects of a regression of
 * log prices on period and product dummies.
 *
 * <p>Model: {@code ln p_it = α_t + β_i + ε_it}, α_0 = 0, fitted by least squares with weights
 * {@code w_it = s_it = p_it q_it / Σ_j p_jt q_jt} (weighted; Rao 2005, Diewert &amp; Fox 2022 eq. (12);
 * IndexNumR 0.6.0 {@code WTPDIndex}) or w = 1 (unweighted; de Haan &amp; Krsinich 2014). Index
 * {@code P(0,t) = exp(α_t)}.
 *
 * <p>Algorithm (Frisch–Waugh–Lovell): the product effects are eliminated,
 * {@code β_i = Σ_t w_it (y_it − α_t) / W_i}, leaving the T × T system
 * {@code M α = b} with {@code M_ts = δ_ts Σ_i w_it − Σ_i w_it w_is / W_i} and
 * {@code b_t = Σ_i w_it (y_it − ȳ_i)}; with α_0 = 0 the (T−1) × (T−1) block is positive definite when
 * the periods are connected through common products, and is solved by Cholesky (Hipparchus). Cost
 * O(T²·N) instead of a dense (T+N)-column regression.
 *
 * <p>Edge case: periods not connected through common products throw {@link CalculationException}.
 * Immutable and thread-safe.
 *
 * @param weighted true for expenditure-share weights (WTPD), false for ordinary least squares (TPD)
 */
public record TimeProductDummyIndex(boolean weighted) implements MultilateralMethod {
    /** The weighted time-product dummy (WTPD). */
    public static final TimeProductDummyIndex WEIGHTED = new TimeProductDummyIndex(true);
    /** The unweighted time-product dummy (TPD). */
    public static final TimeProductDummyIndex UNWEIGHTED = new TimeProductDummyIndex(false);

    @Override
    public IndexSettings settings() {
        return IndexSettings.of(weighted ? "wtpd" : "tpd");
    }

    @Override
    public IndexResult compute(PricePanel panel) {
        double[] levels = levels(panel);
        int cells = 0;
        for (int t = 0; t < panel.periodCount(); t++) {
            cells += panel.presentCount(t);
        }
        return MultilateralExplanations.result(settings(), panel, levels, "P(0,t) = exp(α_t)",
                "Diewert & Fox (2022), eq. (12)", Step.of(MultilateralSteps.OBSERVATIONS, "Σ present", cells, ""));
    }

    @Override
    public double[] levels(PricePanel window) {
        int t = window.periodCount();
        int n = window.productCount();
        double[] p = window.prices();
        double[] q = window.quantities();
        boolean[] m = window.presence();
        double[] w = new double[t * n];
        double[] y = new double[t * n];
        for (int s = 0; s < t; s++) {
            double e = 0;
            for (int c = s * n; c < s * n + n; c++) {
                if (m[c]) {
                    e += p[c] * q[c];
                    y[c] = Math.log(p[c]);
                }
            }
            for (int c = s * n; c < s * n + n; c++) {
                if (m[c]) {
                    w[c] = weighted ? p[c] * q[c] / e : 1;
                }
            }
        }
        return t == 1 ? new double[] {1} : solve(w, y, t, n, window);
    }

    private static double[] solve(double[] w, double[] y, int t, int n, PricePanel window) {
        double[][] mat = new double[t][t];
        double[] b = new double[t];
        double[] wi = new double[t];
        int[] idx = new int[t];
        for (int i = 0; i < n; i++) {
            int k = 0;
            double sumW = 0;
            double sumWy = 0;
            for (int s = 0; s < t; s++) {
                double v = w[s * n + i];
                if (v != 0) {
                    idx[k] = s;
                    wi[k++] = v;
                    sumW += v;
                    sumWy += v * y[s * n + i];
                }
            }
            if (k == 0) {
                continue;
            }
            double yBar = sumWy / sumW;
            for (int a = 0; a < k; a++) {
                int s = idx[a];
                mat[s][s] += wi[a];
                b[s] += wi[a] * (y[s * n + i] - yBar);
                double f = wi[a] / sumW;
                double[] row = mat[s];
                for (int c = 0; c < k; c++) {
                    row[idx[c]] -= f * wi[c];
                }
            }
        }
        double[][] r = new double[t - 1][t - 1];
        double[] rb = new double[t - 1];
        for (int s = 1; s < t; s++) {
            System.arraycopy(mat[s], 1, r[s - 1], 0, t - 1);
            rb[s - 1] = b[s];
        }
        RealVector alpha;
        try {
            alpha = new CholeskyDecomposition(new Array2DRowRealMatrix(r, false), 1e-12, 1e-14).getSolver()
                    .solve(new ArrayRealVector(rb, false));
        } catch (MathIllegalArgumentException ex) {
            throw CalculationException.noSolution("index", "the periods " + window.periods().get(0) + ".."
                    + window.periods().get(t - 1) + " are not connected through common products");
        }
        double[] levels = new double[t];
        levels[0] = 1;
        for (int s = 1; s < t; s++) {
            levels[s] = Math.exp(alpha.getEntry(s - 1));
        }
        return levels;
    }
}
