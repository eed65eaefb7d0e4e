package org.dataprice.index.splice;

import java.util.stream.IntStream;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.dataprice.index.multilateral.MultilateralMethod;

/**
 * 滚动窗口多边指数 — a multilateral index extended period by period with a rolling window of fixed
 * length w and a splice, so published values never change when a period is added.
 *
 * <p>Periods 0..w−1 take the levels of the first window. Each later period t takes its level from a
 * new window: for MOVEMENT, WINDOW, HALF and MEAN the window t−w+1..t spliced by {@link Splicing}; for
 * FBEW the window b..t and for FBMW the window t−w+1..t with {@code P_t = P_b × L(t)/L(b)}, where the
 * base b = ⌊(t−1)/(w−1)⌋·(w−1) moves every w−1 periods (e.g. every December for w = 13 on monthly data
 * starting in December). If the panel has at most w periods the whole panel is one window.
 *
 * <p>Algorithm: the windows are independent, so their levels are computed in parallel (each window the
 * same way on any thread: results are deterministic), then spliced in order. Cost: (T−w+1) window
 * computations of the method.
 *
 * <p>Limits: w in [2, 120]. Immutable and thread-safe.
 *
 * @param method      the multilateral method computed on each window; not null
 * @param window      the window length w, in [2, 120]
 * @param splice      the splice; not null
 * @param onPublished for MOVEMENT/WINDOW/HALF/MEAN: splice on the published series (IndexNumR
 *                    "wisp", "hasp", "mean_pub") instead of the previous window; must be false for
 *                    FBEW/FBMW
 */
public record RollingWindowIndex(MultilateralMethod method, int window, SpliceMethod splice, boolean onPublished)
        implements IndexMethod {
    /** Validates. */
    public RollingWindowIndex {
        Require.notNull(method, "method");
        Require.that(window >= 2 && window <= 120, "window", window, Rule.OUT_OF_RANGE, "[2, 120]");
        Require.notNull(splice, "splice");
        Require.that(!onPublished || (splice != SpliceMethod.FBEW && splice != SpliceMethod.FBMW), "onPublished",
                onPublished, Rule.INVALID_STATE, "FBEW and FBMW link on the base period already");
    }

    /** @return the method's settings plus window, splice and onPublished */
    public IndexSettings settings() {
        return method.settings().with("window", Integer.toString(window)).with("splice", splice.name())
                .with("splicePublished", Boolean.toString(onPublished));
    }

    /**
     * @param panel the periods; not null
     * @return the spliced levels with settings and explanation
     */
    @Override
    public IndexResult compute(PricePanel panel) {
        Require.notNull(panel, "panel");
        int t = panel.periodCount();
        int w = Math.min(window, t);
        double[] initial = method.levels(panel.window(0, w));
        double[] levels = new double[t];
        System.arraycopy(initial, 0, levels, 0, w);
        Explanation.Builder ex = Explanation.builder("index.rolling." + settings().method());
        settings().parameters().forEach(ex::input);
        ex.input("periods", t).input("products", panel.productCount());
        ex.step(Step.builder(SpliceSteps.INITIAL_WINDOW).formula("levels of window 0..w-1")
                .input("w", w, "periods").result(initial[w - 1], "").build());
        double[][] windows = IntStream.range(w, t).parallel().mapToObj(k -> windowFor(panel, k)).toArray(double[][]::new);
        double[] previous = initial;
        for (int k = w; k < t; k++) {
            double[] next = windows[k - w];
            levels[k] = link(levels, k, previous, next);
            previous = next;
            ex.step(Step.builder(SpliceSteps.EXTENSION).formula(splice.name()).input("period", k, "")
                    .result(levels[k], "").source("CPI Manual 2020, ¶10.136-10.145").build());
        }
        return IndexResult.of(settings(), panel.periods(), levels, ex.build());
    }

    private int base(int k) {
        return (k - 1) / (window - 1) * (window - 1);
    }

    private double[] windowFor(PricePanel panel, int k) {
        int from = splice == SpliceMethod.FBEW ? base(k) : k - window + 1;
        return method.levels(panel.window(from, k + 1));
    }

    private double link(double[] levels, int k, double[] previous, double[] next) {
        if (splice == SpliceMethod.FBEW) {
            int b = base(k);
            return levels[b] * next[k - b] / next[0];
        }
        if (splice == SpliceMethod.FBMW) {
            int b = base(k);
            int from = k - window + 1;
            return levels[b] * next[window - 1] / next[b - from];
        }
        double[] series = java.util.Arrays.copyOf(levels, k);
        return Splicing.next(series, previous, next, splice, onPublished);
    }
}
