package org.dataprice.index.multilateral;

import java.util.stream.IntStream;

import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;

/**
 * GEKS 指数 — the Gini–Eltetö–Köves–Szulc multilateral index: the geometric mean, over every period s
 * of the window, of the bilateral comparisons linked through s. With the Törnqvist bilateral it is the
 * CCDI index ({@link #CCDI}).
 *
 * <p>Formula: {@code ln P(0,t) = (1/T) Σ_s [ln b(0,s) + ln b(s,t)]}, with b the bilateral index on
 * products present in both s and t (shares over those products). Transitive within the window, and
 * time-reversible because every b is. Source: Ivancic, Diewert &amp; Fox (2011), J. Econometrics 161(1),
 * eq. (4); CPI Manual 2020, ¶10.128; IndexNumR 0.6.0 {@code GEKSIndex}.
 *
 * <p>Algorithm: the T(T−1)/2 bilateral logs are computed once each from per-period log prices and
 * expenditures (O(T²·N), allocation-free inner loops; periods where every product is present reuse
 * precomputed period sums), then averaged (O(T²)). Rows are computed in parallel when T²·N is large;
 * each pair is computed the same way whatever the thread, so results are identical.
 *
 * <p>Edge case: two periods of the window with no product in common throw
 * {@link CalculationException} (the GEKS average would be undefined). Immutable and thread-safe.
 *
 * @param bilateral the bilateral index inside GEKS; not null
 */
public record GeksIndex(GeksBilateral bilateral) implements MultilateralMethod {
    /** GEKS-Fisher. */
    public static final GeksIndex FISHER = new GeksIndex(GeksBilateral.FISHER);
    /** GEKS-Törnqvist, the CCDI index. */
    public static final GeksIndex CCDI = new GeksIndex(GeksBilateral.TORNQVIST);
    /** GEKS-Jevons. */
    public static final GeksIndex JEVONS = new GeksIndex(GeksBilateral.JEVONS);

    private static final long PARALLEL_WORK = 2_000_000L;

    /** Validates. */
    public GeksIndex {
        Require.notNull(bilateral, "bilateral");
    }

    @Override
    public IndexSettings settings() {
        return IndexSettings.of(bilateral == GeksBilateral.TORNQVIST ? "ccdi" : "geks-" + bilateral.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public IndexResult compute(PricePanel panel) {
        double[] levels = levels(panel);
        int t = panel.periodCount();
        return MultilateralExplanations.result(settings(), panel, levels,
                "ln P(0,t) = (1/T) Σ_s [ln b(0,s) + ln b(s,t)]", "Ivancic, Diewert & Fox (2011), eq. (4)",
                Step.of(MultilateralSteps.BILATERALS, "T(T-1)/2", t * (t - 1) / 2.0, ""));
    }

    @Override
    public double[] levels(PricePanel window) {
        Require.notNull(window, "window");
        double[][] logB = bilateralLogs(window);
        int t = logB.length;
        double[] levels = new double[t];
        for (int k = 0; k < t; k++) {
            double sum = 0;
            for (int s = 0; s < t; s++) {
                sum += logB[0][s] + logB[s][k];
            }
            levels[k] = Math.exp(sum / t);
        }
        double base = levels[0];
        for (int k = 0; k < t; k++) {
            levels[k] /= base;
        }
        levels[0] = 1;
        return levels;
    }

    /**
     * The antisymmetric matrix of bilateral logs {@code ln b(s,t)}.
     *
     * @param window the window; not null
     * @return T × T, zero diagonal
     */
    public double[][] bilateralLogs(PricePanel window) {
        int t = window.periodCount();
        int n = window.productCount();
        double[] p = window.prices();
        double[] q = window.quantities();
        boolean[] m = window.presence();
        double[] lp = new double[t * n];
        double[] e = new double[t * n];
        double[] eSum = new double[t];
        boolean[] complete = new boolean[t];
        for (int s = 0; s < t; s++) {
            double sum = 0;
            int count = 0;
            for (int c = s * n; c < s * n + n; c++) {
                if (m[c]) {
                    lp[c] = Math.log(p[c]);
                    e[c] = p[c] * q[c];
                    sum += e[c];
                    count++;
                }
            }
            eSum[s] = sum;
            complete[s] = count == n;
        }
        double[][] out = new double[t][t];
        IntStream rows = IntStream.range(0, t);
        if ((long) t * t * n > PARALLEL_WORK) {
            rows = rows.parallel();
        }
        rows.forEach(s -> {
            for (int k = s + 1; k < t; k++) {
                double v = pair(p, q, lp, e, eSum, complete, m, n, s, k, window);
                out[s][k] = v;
                out[k][s] = -v;
            }
        });
        return out;
    }

    private double pair(double[] p, double[] q, double[] lp, double[] e, double[] eSum, boolean[] complete,
            boolean[] m, int n, int s, int t, PricePanel window) {
        int a0 = s * n;
        int b0 = t * n;
        switch (bilateral) {
            case FISHER:
                return fisher(p, q, m, n, a0, b0, complete[s] && complete[t], eSum[s], eSum[t], window, s, t);
            case TORNQVIST:
                return tornqvist(lp, e, m, n, a0, b0, complete[s] && complete[t], eSum[s], eSum[t], window, s, t);
            case JEVONS:
                return jevons(lp, m, n, a0, b0, window, s, t);
            default:
                throw new IllegalStateException(bilateral.name());
        }
    }

    /** ln Fisher = ½ ln(Σ p_t q_s / Σ p_s q_s) + ½ ln(Σ p_t q_t / Σ p_s q_t). */
    private static double fisher(double[] p, double[] q, boolean[] m, int n, int a0, int b0, boolean full,
            double es, double et, PricePanel w, int s, int t) {
        double ptqs = 0;
        double psqt = 0;
        if (full) {
            for (int i = 0; i < n; i++) {
                ptqs += p[b0 + i] * q[a0 + i];
                psqt += p[a0 + i] * q[b0 + i];
            }
        } else {
            es = 0;
            et = 0;
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (m[a0 + i] && m[b0 + i]) {
                    ptqs += p[b0 + i] * q[a0 + i];
                    psqt += p[a0 + i] * q[b0 + i];
                    es += p[a0 + i] * q[a0 + i];
                    et += p[b0 + i] * q[b0 + i];
                    k++;
                }
            }
            noneMatched(k, w, s, t);
        }
        return 0.5 * (Math.log(ptqs / es) + Math.log(et / psqt));
    }

    /** ln Törnqvist = Σ ½(e_s/E_s + e_t/E_t)(ln p_t − ln p_s). */
    private static double tornqvist(double[] lp, double[] e, boolean[] m, int n, int a0, int b0, boolean full,
            double es, double et, PricePanel w, int s, int t) {
        double xs = 0;
        double xt = 0;
        if (full) {
            for (int i = 0; i < n; i++) {
                double d = lp[b0 + i] - lp[a0 + i];
                xs += e[a0 + i] * d;
                xt += e[b0 + i] * d;
            }
        } else {
            es = 0;
            et = 0;
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (m[a0 + i] && m[b0 + i]) {
                    double d = lp[b0 + i] - lp[a0 + i];
                    xs += e[a0 + i] * d;
                    xt += e[b0 + i] * d;
                    es += e[a0 + i];
                    et += e[b0 + i];
                    k++;
                }
            }
            noneMatched(k, w, s, t);
        }
        return 0.5 * (xs / es + xt / et);
    }

    /** ln Jevons = mean(ln p_t − ln p_s). */
    private static double jevons(double[] lp, boolean[] m, int n, int a0, int b0, PricePanel w, int s, int t) {
        double sum = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (m[a0 + i] && m[b0 + i]) {
                sum += lp[b0 + i] - lp[a0 + i];
                k++;
            }
        }
        noneMatched(k, w, s, t);
        return sum / k;
    }

    private static void noneMatched(int k, PricePanel w, int s, int t) {
        if (k == 0) {
            throw CalculationException.noSolution("index", "periods " + w.periods().get(s) + " and "
                    + w.periods().get(t) + " share no product; GEKS needs every pair of the window matched");
        }
    }
}
