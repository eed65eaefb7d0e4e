package org.dataprice.supervision.rule;

import java.util.List;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;

/** Builds the alert of a per-deal rule: the deal's figures as inputs, then the rule's steps. */
final class Alerts {
    private Alerts() {
    }

    static Alert forDeal(RuleIdentity rule, MonitoredDeal deal, List<String> evidence, List<Quantity> figures,
            Step... steps) {
        Explanation.Builder e = Explanation.builder("supervision.rule." + rule.id())
                .input("rule", rule.id()).input("ruleVersion", rule.version())
                .input("dealId", deal.dealId()).input("category", deal.category())
                .input("month", deal.month().toString()).input("price", deal.price())
                .input("quantity", deal.quantity(), "");
        for (Step s : steps) {
            e.step(s);
        }
        return new Alert(rule, deal.dealId(), evidence, figures, e.build());
    }
}
