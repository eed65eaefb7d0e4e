package org.dataprice.supervision.rule;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.robust.CellStatistics;
import org.dataprice.supervision.robust.HampelFilter;

/**
 * 偏离可比成交 — the deal's log unit price is far from the comparable deals of its category and month by the
 * {@link HampelFilter}: |ln u − median| &gt; t · 1.4826 · MAD. With t = 3 a clean, log-normal market flags
 * 2(1 − Φ(3)) ≈ 0.27 % of deals by chance ({@link HampelFilter#falseAlarmRate()}). In a batch the cell includes
 * the deal itself (the filter's window includes its centre, Pearson 2002); checked as it is recorded, the cell is
 * the history prepared in the {@link MarketContext}. A cell too small or without spread raises no alert and a
 * warning; a deal at price 0 is skipped.
 *
 * @param identity the rule's id, version and severity; not null
 * @param filter   the threshold and the minimum cell size; not null
 */
public record HampelRule(RuleIdentity identity, HampelFilter filter) implements DealRule {
    /** Validates. */
    public HampelRule {
        Require.notNull(identity, "identity");
        Require.notNull(filter, "filter");
    }

    @Override
    public void check(MonitoredDeal deal, DealFacts facts, List<Alert> alerts, List<String> warnings) {
        if (!deal.hasLogPrice()) {
            return;
        }
        CellStatistics cell = facts.cell();
        double x = facts.logUnitPrice();
        if (!filter.isOutlier(cell, x)) {
            return;
        }
        double score = filter.score(cell, x);
        Quantity s = Quantity.of("score", score, "");
        alerts.add(Alerts.forDeal(identity, deal, List.of(deal.dealId()),
                List.of(Quantity.of("logUnitPrice", x, ""), Quantity.of("median", cell.median(), ""),
                        Quantity.of("scale", cell.scale(), ""), s, Quantity.of("threshold", filter.threshold(), ""),
                        Quantity.of("falseAlarmRate", filter.falseAlarmRate(), "")),
                Step.builder(RuleSteps.CELL_MEDIAN).formula("median of ln(P/q) over the category and month")
                        .input(Quantity.count("cellSize", cell.size())).result(cell.median(), "").build(),
                Step.builder(RuleSteps.CELL_SCALE).formula("1.4826 · median |x − median| (" + cell.scaleSource() + ")")
                        .result(cell.scale(), "").source("Rousseeuw & Croux 1993, JASA 88(424):1273").build(),
                Step.builder(RuleSteps.HAMPEL).formula("|x − median| / scale > t")
                        .input("x", x, "").input("t", filter.threshold(), "")
                        .input("falseAlarmRate", filter.falseAlarmRate(), "").result(s)
                        .source("Hampel 1974, JASA 69(346):383; Pearson 2002, IEEE TCST 10(1):55").build()));
    }
}
