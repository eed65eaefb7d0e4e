package org.dataprice.index.multilateral;

import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;

/** Builds the result and explanation shared by the multilateral methods. */
final class MultilateralExplanations {
    private MultilateralExplanations() {
    }

    static IndexResult result(IndexSettings settings, PricePanel panel, double[] levels, String formula,
            String source, Step... extra) {
        Explanation.Builder ex = Explanation.builder("index.multilateral." + settings.method());
        settings.parameters().forEach(ex::input);
        ex.input("periods", panel.periodCount()).input("products", panel.productCount());
        ex.step(Step.of(MultilateralSteps.WINDOW, "T", panel.periodCount(), "periods"));
        for (Step s : extra) {
            ex.step(s);
        }
        for (int t = 1; t < levels.length; t++) {
            ex.step(Step.builder(MultilateralSteps.LEVEL).formula(formula).source(source)
                    .input("period", t, "").result(levels[t], "").build());
        }
        if (levels.length == 1) {
            ex.step(Step.of(MultilateralSteps.LEVEL, "P(0,0) = 1", 1, ""));
        }
        return IndexResult.of(settings, panel.periods(), levels, ex.build());
    }
}
