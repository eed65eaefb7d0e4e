package org.dataprice.index.hedonic;

import java.util.ArrayList;
import java.util.List;

import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.dataprice.index.multilateral.MultilateralMethod;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * 时间虚拟变量特征价格指数 — the time-dummy hedonic index: quality-adjusted price change from a
 * regression of log prices on period dummies and product characteristics over the window.
 *
 * <p>Model: {@code ln p_it = β_0 + Σ_{s≥1} δ_s D_s + Σ_k γ_k z_ik + ε_it} over present cells; index
 * {@code P(0,t) = exp(δ_t)}. Weighted: least squares with weights {@code s_it = p_it q_it / Σ_j p_jt q_jt}
 * (expenditure shares within the period); unweighted: w = 1. Source: CPI Manual 2020, ¶10.98–10.104
 * and ch. 7; de Haan &amp; Krsinich (2014), J. Bus. Econ. Stat. 32(3); Eurostat HICP quality-adjustment
 * guide. Fit by Householder QR of the √w-scaled design (Hipparchus); coefficient standard errors from
 * {@code σ² (R'R)^{-1}}; R² is the weighted R² about the weighted mean.
 *
 * <p>Edge cases: a characteristic collinear with the period dummies or the intercept (rank
 * deficiency) throws {@link CalculationException}. Limit: n·k ≤ {@link #MAX_DESIGN_CELLS}.
 * Immutable and thread-safe.
 *
 * @param characteristics the characteristics of every product in the panel; not null
 * @param weighted        expenditure-share weights (true) or ordinary least squares (false)
 */
public record TimeDummyHedonicIndex(ProductCharacteristics characteristics, boolean weighted)
        implements MultilateralMethod {
    /** The largest design matrix (observations × parameters) accepted. */
    public static final long MAX_DESIGN_CELLS = 20_000_000L;

    /** Validates. */
    public TimeDummyHedonicIndex {
        Require.notNull(characteristics, "characteristics");
    }

    @Override
    public IndexSettings settings() {
        return IndexSettings.of("time-dummy-hedonic").with("weighted", Boolean.toString(weighted))
                .with("characteristics", String.join(",", characteristics.names()));
    }

    @Override
    public double[] levels(PricePanel window) {
        return estimate(window, false).levels();
    }

    @Override
    public IndexResult compute(PricePanel panel) {
        return fit(panel).index();
    }

    /**
     * @param panel the periods of the window; every product must have characteristics
     * @return coefficients, fit statistics and the index
     */
    public HedonicFit fit(PricePanel panel) {
        Estimate est = estimate(panel, true);
        double[] levels = est.levels();
        List<Coefficient> coefficients = est.coefficients();
        double[] stats = {est.rSquared(), est.adjustedRSquared(), est.residualStandardError()};
        int n = est.observations();
        int k = coefficients.size();
        Explanation.Builder ex = Explanation.builder("index.hedonic.timeDummy");
        settings().parameters().forEach(ex::input);
        ex.input("periods", panel.periodCount()).input("products", panel.productCount());
        ex.step(Step.of(HedonicSteps.OBSERVATIONS, "n", n, ""));
        ex.step(Step.builder(HedonicSteps.R_SQUARED).formula("R² = 1 − Σ w e² / Σ w (y − ȳ_w)²")
                .input("adjustedR2", stats[1], "").input("residualStandardError", stats[2], "")
                .result(stats[0], "").build());
        for (Coefficient c : coefficients.subList(panel.periodCount(), k)) {
            ex.step(Step.builder(HedonicSteps.CHARACTERISTIC).formula("γ_k").input("standardError", c.standardError(), "")
                    .result(org.dataprice.explain.Quantity.of(c.name(), c.estimate(), "log points per unit")).build());
        }
        for (int t = 1; t < levels.length; t++) {
            ex.step(Step.builder(HedonicSteps.LEVEL).formula("P(0,t) = exp(δ_t)").input("period", t, "")
                    .source("CPI Manual 2020, ¶10.98").result(levels[t], "").build());
        }
        if (levels.length == 1) {
            ex.step(Step.of(HedonicSteps.LEVEL, "P(0,0) = 1", 1, ""));
        }
        IndexResult index = IndexResult.of(settings(), panel.periods(), levels, ex.build());
        return new HedonicFit(index, coefficients, stats[0], stats[1], stats[2], n, k);
    }

    /** The fitted levels and, when asked, the statistics. */
    private record Estimate(double[] levels, List<Coefficient> coefficients, double rSquared,
            double adjustedRSquared, double residualStandardError, int observations) {
    }

    private Estimate estimate(PricePanel panel, boolean withStatistics) {
        Require.notNull(panel, "panel");
        int t = panel.periodCount();
        int nProducts = panel.productCount();
        int kz = characteristics.names().size();
        int k = t + kz;
        double[][] z = new double[nProducts][];
        for (int i = 0; i < nProducts; i++) {
            z[i] = characteristics.of(panel.products().get(i)).stream().mapToDouble(Double::doubleValue).toArray();
        }
        int n = 0;
        double[] e = new double[t];
        for (int s = 0; s < t; s++) {
            n += panel.presentCount(s);
            for (int i = 0; i < nProducts; i++) {
                e[s] += panel.price(s, i) * panel.quantity(s, i);
            }
        }
        Require.withinLimit((long) n * k, MAX_DESIGN_CELLS, "designCells", "use a shorter window or fewer characteristics");
        Require.that(n >= k, "observations", n, org.dataprice.error.Rule.TOO_FEW, k);
        double[][] x = new double[n][k];
        double[] y = new double[n];
        double[] w = new double[n];
        int r = 0;
        for (int s = 0; s < t; s++) {
            for (int i = 0; i < nProducts; i++) {
                if (!panel.isPresent(s, i)) {
                    continue;
                }
                w[r] = weighted ? panel.price(s, i) * panel.quantity(s, i) / e[s] : 1;
                double sw = Math.sqrt(w[r]);
                x[r][0] = sw;
                if (s > 0) {
                    x[r][s] = sw;
                }
                for (int c = 0; c < kz; c++) {
                    x[r][t + c] = sw * z[i][c];
                }
                y[r] = sw * Math.log(panel.price(s, i));
                r++;
            }
        }
        RealMatrix design = new Array2DRowRealMatrix(x, false);
        QRDecomposition qr = new QRDecomposition(design, 1e-10);
        DecompositionSolver solver = qr.getSolver();
        if (!solver.isNonSingular()) {
            throw CalculationException.noSolution("characteristics",
                    "the design matrix is rank-deficient: a characteristic is constant or collinear with the period dummies");
        }
        RealVector beta;
        try {
            beta = solver.solve(new ArrayRealVector(y, false));
        } catch (MathIllegalArgumentException ex) {
            throw CalculationException.noSolution("characteristics", "the design matrix is rank-deficient");
        }
        double[] levels = new double[t];
        levels[0] = 1;
        for (int s = 1; s < t; s++) {
            levels[s] = Math.exp(beta.getEntry(s));
        }
        if (!withStatistics) {
            return new Estimate(levels, List.of(), 0, 0, 0, n);
        }
        return statistics(levels, qr, design, beta, y, w, n, k, panel);
    }

    private Estimate statistics(double[] levels, QRDecomposition qr, RealMatrix design, RealVector beta, double[] y,
            double[] w, int n, int k, PricePanel panel) {
        RealVector fitted = design.operate(beta);
        double ssr = 0;
        double sw = 0;
        double swy = 0;
        for (int r = 0; r < n; r++) {
            double res = y[r] - fitted.getEntry(r);
            ssr += res * res;
            sw += w[r];
            swy += Math.sqrt(w[r]) * y[r]; // Σ w · ln p
        }
        double mean = swy / sw;
        double sst = 0;
        for (int r = 0; r < n; r++) {
            double d = y[r] / Math.sqrt(w[r]) - mean;
            sst += w[r] * d * d;
        }
        double r2 = sst == 0 ? 1 : Math.max(0, 1 - ssr / sst);
        double adj = n > k ? 1 - (1 - r2) * (n - 1) / (n - k) : r2;
        double sigma2 = n > k ? ssr / (n - k) : 0;
        RealMatrix rUpper = qr.getR().getSubMatrix(0, k - 1, 0, k - 1);
        RealMatrix rInv = MatrixUtils.inverse(rUpper);
        List<Coefficient> coefficients = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double v = 0;
            for (int j = 0; j < k; j++) {
                double a = rInv.getEntry(c, j);
                v += a * a;
            }
            String name = c == 0 ? "intercept"
                    : c < panel.periodCount() ? "period:" + panel.periods().get(c)
                    : characteristics.names().get(c - panel.periodCount());
            coefficients.add(new Coefficient(name, beta.getEntry(c), Math.sqrt(sigma2 * v)));
        }
        return new Estimate(levels, coefficients, r2, adj, Math.sqrt(sigma2), n);
    }
}
