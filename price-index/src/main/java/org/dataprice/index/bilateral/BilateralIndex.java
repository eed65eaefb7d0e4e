package org.dataprice.index.bilateral;

import java.util.List;

import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;

/**
 * Computes a bilateral index over a panel, direct (fixed base) or chained.
 *
 * <p><b>Matching rule.</b> A comparison of periods s and t uses exactly the products present in both
 * (and, for Lowe and Young, also in the weight period); expenditure shares are computed over those
 * matched products only. A comparison without any matched product throws
 * {@link CalculationException} ({@code no-solution}): the index is undefined, not 1.
 *
 * <p>Formulas: direct {@code P(0,t) = f(0,t)}; chained {@code P(0,t) = Π_{k=1..t} f(k-1,k)}.
 * Source: CPI Manual 2004, ch. 15 and ¶15.76 (chaining). Levels are unrounded, first period = 1.
 *
 * <p>Cost O(T·N). Stateless and thread-safe.
 */
public final class BilateralIndex {
    /** The shared instance. */
    public static final BilateralIndex DEFAULT = new BilateralIndex();

    private BilateralIndex() {
    }

    /**
     * @param panel   the prices and quantities; not null
     * @param formula the bilateral formula; not null
     * @param linking direct or chained; not null
     * @return the levels with settings and explanation
     */
    public IndexResult compute(PricePanel panel, BilateralFormula formula, Linking linking) {
        Require.notNull(panel, "panel");
        Require.notNull(formula, "formula");
        Require.notNull(linking, "linking");
        int wb = formula.weightPeriodIfAny().map(panel::periodIndex).orElse(-1);
        int t = panel.periodCount();
        double[] levels = new double[t];
        levels[0] = 1;
        Explanation.Builder ex = Explanation.builder("index.bilateral." + formula.id())
                .input("formula", formula.id()).input("linking", linking.name())
                .input("periods", t).input("products", panel.productCount());
        Workspace ws = new Workspace(panel.productCount());
        double[] p = panel.prices();
        double[] q = panel.quantities();
        boolean[] m = panel.presence();
        int n = panel.productCount();
        for (int k = 1; k < t; k++) {
            int s = linking == Linking.DIRECT ? 0 : k - 1;
            double f = compare(p, q, m, n, s, k, wb, formula, ws, panel);
            levels[k] = linking == Linking.DIRECT ? f : levels[k - 1] * f;
            ex.step(Step.builder(BilateralSteps.LEVEL).formula(linking == Linking.DIRECT ? "P(0,t) = f(0,t)"
                    : "P(0,t) = P(0,t-1) × f(t-1,t)")
                    .input("period", k, "")
                    .child(Step.builder(BilateralSteps.COMPARISON).formula(formula.formula())
                            .input("s", s, "").input("t", k, "").input("matched", ws.matched, "")
                            .result(f, "").build())
                    .result(levels[k], "").build());
        }
        if (t == 1) {
            ex.step(Step.of(BilateralSteps.LEVEL, "P(0,0) = 1", 1, ""));
        }
        IndexSettings settings = formula.settings().with("linking", linking.name());
        return IndexResult.of(settings, panel.periods(), levels, ex.build());
    }

    /**
     * The formula on the matched products of periods s and t (a primitive kernel for other methods).
     *
     * @param panel   the panel; not null
     * @param formula the formula; not null
     * @param s       the base period row
     * @param t       the current period row
     * @return P(s,t)
     */
    public double compare(PricePanel panel, BilateralFormula formula, int s, int t) {
        int wb = formula.weightPeriodIfAny().map(panel::periodIndex).orElse(-1);
        return compare(panel.prices(), panel.quantities(), panel.presence(), panel.productCount(), s, t, wb, formula,
                new Workspace(panel.productCount()), panel);
    }

    private static double compare(double[] p, double[] q, boolean[] m, int n, int s, int t, int wb,
            BilateralFormula formula, Workspace ws, PricePanel panel) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            int a = s * n + i;
            int b = t * n + i;
            if (m[a] && m[b] && (wb < 0 || m[wb * n + i])) {
                ws.p0[k] = p[a];
                ws.q0[k] = q[a];
                ws.p1[k] = p[b];
                ws.q1[k] = q[b];
                if (wb >= 0) {
                    ws.pb[k] = p[wb * n + i];
                    ws.qb[k] = q[wb * n + i];
                }
                k++;
            }
        }
        ws.matched = k;
        if (k == 0) {
            throw CalculationException.noSolution("index", "periods " + panel.periods().get(s) + " and "
                    + panel.periods().get(t) + " share no product (matching rule: present in both periods)");
        }
        return formula.index(ws.p0, ws.q0, ws.p1, ws.q1, ws.pb, ws.qb, k);
    }

    /** Scratch arrays for the matched products of one comparison. */
    private static final class Workspace {
        final double[] p0;
        final double[] q0;
        final double[] p1;
        final double[] q1;
        final double[] pb;
        final double[] qb;
        int matched;

        Workspace(int n) {
            p0 = new double[n];
            q0 = new double[n];
            p1 = new double[n];
            q1 = new double[n];
            pb = new double[n];
            qb = new double[n];
        }
    }

    /** @return the formulas without parameters, by identifier order */
    public static List<BilateralFormula> plainFormulas() {
        return List.of(CarliIndex.DEFAULT, DutotIndex.DEFAULT, FisherIndex.DEFAULT, GeometricLaspeyresIndex.DEFAULT,
                JevonsIndex.DEFAULT, LaspeyresIndex.DEFAULT, PaascheIndex.DEFAULT, TornqvistIndex.DEFAULT,
                WalshIndex.DEFAULT);
    }
}
