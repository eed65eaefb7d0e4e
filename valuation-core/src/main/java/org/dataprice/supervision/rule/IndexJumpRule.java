package org.dataprice.supervision.rule;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;

/**
 * 价格异动 — the listing's unit price moved against its category's price index: with u<sub>s</sub> the unit price
 * of the listing's previous deal in month s and I the index, the index-adjusted move is
 * x = ln(u<sub>t</sub> / u<sub>s</sub>) − ln(I<sub>t</sub> / I<sub>s</sub>); the rule flags |x| &gt; ln(m), i.e. the
 * listing's price moved by more than a factor m beyond what the index moved (m = 3 in {@link RuleSet#example}). For a listing whose log price noise is N(0, σ²) per deal, a clean deal is flagged with probability 2(1 − Φ(ln m / (σ√2))): 0.01 % for σ = 0.2, m = 3.
 * Same carry as {@link org.dataprice.pricing.band.IndexCarry} (p · I<sub>now</sub> / I<sub>deal</sub>). The first deal
 * of a listing, a deal at price 0 and a month without an index level are skipped (no alert).
 *
 * @param identity the rule's id, version and severity; not null
 * @param maxRatio m, the largest tolerated index-adjusted ratio, &gt; 1
 */
public record IndexJumpRule(RuleIdentity identity, double maxRatio) implements DealRule {
    /** Validates. */
    public IndexJumpRule {
        Require.notNull(identity, "identity");
        Require.greaterThan(maxRatio, 1, "maxRatio");
    }

    @Override
    public void check(MonitoredDeal deal, DealFacts facts, List<Alert> alerts, List<String> warnings) {
        if (facts.previousId() == null || !facts.indexKnown() || !deal.hasLogPrice()) {
            return;
        }
        double x = facts.logUnitPrice() - facts.previousLog() - facts.indexLogMove();
        double limit = Math.log(maxRatio);
        if (Math.abs(x) <= limit) {
            return;
        }
        Quantity q = Quantity.of("indexAdjustedLogMove", x, "");
        alerts.add(Alerts.forDeal(identity, deal, List.of(deal.dealId(), facts.previousId()),
                List.of(Quantity.text("previousDealId", facts.previousId()),
                        Quantity.text("previousMonth", facts.previousMonth().toString()),
                        Quantity.of("indexLogMove", facts.indexLogMove(), ""), q, Quantity.of("limit", limit, "")),
                Step.builder(RuleSteps.INDEX_JUMP).formula("|ln(u_t / u_s) − ln(I_t / I_s)| > ln(m)")
                        .input("lnUt", facts.logUnitPrice(), "").input("lnUs", facts.previousLog(), "")
                        .input("lnItOverIs", facts.indexLogMove(), "").input("m", maxRatio, "").result(q)
                        .source("IndexCarry (p × I_now / I_deal); 渝府办发〔2023〕99号 §7 (价格指数)").build()));
    }
}
