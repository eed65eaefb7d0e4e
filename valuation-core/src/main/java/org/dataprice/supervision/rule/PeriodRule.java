package org.dataprice.supervision.rule;

import java.util.List;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;

/**
 * A rule about a period rather than one deal (a category's month, a seller's history): evaluated by
 * {@link RuleSet#scan} over a batch, in O(n) or O(n log n), typically by a nightly job or on demand.
 * Implementations are immutable records, thread-safe.
 */
public sealed interface PeriodRule permits VolumeSpikeRule, ThresholdBunchingRule {
    /** @return the rule's id, version and severity */
    RuleIdentity identity();

    /**
     * @param deals    the deals, in time order; not null
     * @param alerts   where alerts are added; not null
     * @param warnings where reasons a period could not be judged are added; not null
     */
    void scan(List<MonitoredDeal> deals, List<Alert> alerts, List<String> warnings);
}
