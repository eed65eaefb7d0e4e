package org.dataprice.supervision.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;

/**
 * 价格偏离评估区间 — the deal price lies outside its appraisal band [A(1 − β), A(1 + β)]
 * ({@link org.dataprice.pricing.band.AppraisalBand}). A quote outside the band needs a justification but is
 * allowed; a deal outside it is what the exchange wants to see (plan §7: prices formed by quote–appraisal–
 * negotiation). Compared exactly in decimal, edges inside. A deal without a band is not judged (no warning:
 * an unappraised listing is normal). No false alarms by construction: the rule is a bound, not a statistic.
 *
 * @param identity the rule's id, version and severity; not null
 */
public record BandRule(RuleIdentity identity) implements DealRule {
    /** Validates. */
    public BandRule {
        Require.notNull(identity, "identity");
    }

    @Override
    public void check(MonitoredDeal deal, DealFacts facts, List<Alert> alerts, List<String> warnings) {
        if (deal.bandLower() == null) {
            return;
        }
        boolean below = deal.price().compareTo(deal.bandLower()) < 0;
        if (!below && deal.price().compareTo(deal.bandUpper()) <= 0) {
            return;
        }
        BigDecimal edge = (below ? deal.bandLower() : deal.bandUpper()).amount();
        // relative distance beyond the crossed edge, (P − edge) / edge
        double beyond = edge.signum() == 0 ? 1
                : deal.price().amount().subtract(edge).divide(edge, MathContext.DECIMAL64).doubleValue();
        Quantity side = Quantity.text("side", below ? "below" : "above");
        Quantity distance = Quantity.of("beyondEdge", beyond, "");
        alerts.add(Alerts.forDeal(identity, deal, List.of(deal.dealId()),
                List.of(Quantity.of("price", deal.price()), Quantity.of("bandLower", deal.bandLower()),
                        Quantity.of("bandUpper", deal.bandUpper()), side, distance),
                Step.builder(RuleSteps.BAND).formula("P < A(1 − β) or P > A(1 + β); beyond = (P − edge) / edge")
                        .input(Quantity.of("lower", deal.bandLower())).input(Quantity.of("upper", deal.bandUpper()))
                        .input(side).result(distance)
                        .source("渝府办发〔2023〕99号 §7 (报价—估价—议价); AppraisalBand").build()));
    }
}
