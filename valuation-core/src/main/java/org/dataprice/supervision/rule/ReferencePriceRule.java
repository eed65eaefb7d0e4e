package org.dataprice.supervision.rule;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;

/**
 * 偏离参考价 — the deal price is far from the listing's published reference price R
 * ({@link org.dataprice.pricing.band.ReferencePrice}): |ln(P / R)| &gt; ln(1 + d), i.e. P &gt; R(1 + d) or
 * P &lt; R / (1 + d), symmetric on the log scale so that doubling and halving weigh the same. d is exchange
 * configuration (1 = a factor of two, the default of {@link RuleSet#example}); it is a bound, not a statistic,
 * so it has no stated false-alarm rate. A deal at price 0 or without a reference price is skipped.
 *
 * @param identity     the rule's id, version and severity; not null
 * @param maxDeviation d, the tolerated relative deviation, &gt; 0
 */
public record ReferencePriceRule(RuleIdentity identity, double maxDeviation) implements DealRule {
    /** Validates. */
    public ReferencePriceRule {
        Require.notNull(identity, "identity");
        Require.greaterThan(maxDeviation, 0, "maxDeviation");
    }

    @Override
    public void check(MonitoredDeal deal, DealFacts facts, List<Alert> alerts, List<String> warnings) {
        if (deal.referencePrice() == null || !deal.hasLogPrice()) {
            return;
        }
        double logRatio = Math.log(deal.price().toDouble()) - Math.log(deal.referencePrice().toDouble());
        double limit = Math.log1p(maxDeviation);
        if (Math.abs(logRatio) <= limit) {
            return;
        }
        Quantity x = Quantity.of("logRatio", logRatio, "");
        Quantity bound = Quantity.of("limit", limit, "");
        alerts.add(Alerts.forDeal(identity, deal, List.of(deal.dealId()),
                List.of(Quantity.of("price", deal.price()), Quantity.of("referencePrice", deal.referencePrice()), x,
                        bound),
                Step.builder(RuleSteps.REFERENCE).formula("|ln(P / R)| > ln(1 + d)")
                        .input(Quantity.of("referencePrice", deal.referencePrice()))
                        .input("d", maxDeviation, "").input(bound).result(x)
                        .source("渝府办发〔2023〕99号 §15 (监测预警); ReferencePrice").build()));
    }
}
