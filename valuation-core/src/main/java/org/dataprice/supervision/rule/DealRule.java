package org.dataprice.supervision.rule;

import java.util.List;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;

/**
 * A rule checked on each deal on its own, in O(1) given its {@link DealFacts}: the deal is recorded, the rule
 * looks at it and its market, and raises at most one alert. Implementations are immutable records, thread-safe.
 */
public sealed interface DealRule permits BandRule, ReferencePriceRule, HampelRule, IndexJumpRule {
    /** @return the rule's id, version and severity */
    RuleIdentity identity();

    /**
     * @param deal     the deal; not null
     * @param facts    its market facts; not null
     * @param alerts   where an alert is added; not null
     * @param warnings where a reason the rule could not judge the deal is added (once per cause); not null
     */
    void check(MonitoredDeal deal, DealFacts facts, List<Alert> alerts, List<String> warnings);
}
