package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.pricing.deal.DealMonitor;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.error.DatapriceException;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.config.SupervisionRules;
import org.dataprice.supervision.rule.RuleCheck;
import org.dataprice.supervision.rule.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.util.List;

/**
 * 触发式监测 — checks every deal as it is recorded, inside the recording transaction: the current rules' per-deal rules
 * ({@link RuleSet#check}) against the context of the deal's own category, currency and month — the log unit prices
 * of the deals committed there before it, at most {@value MonitoredCells#CAPACITY} (the most recently chained),
 * kept sorted by {@link MonitoredCells} — with the band of the listing's latest appraisal; the alerts are stored
 * with source DEAL. Deals in another currency than the rules' reporting threshold are not judged. The deal is never
 * refused: a core refusal of the monitored record (which the stored deal cannot cause) is logged and skipped. The
 * index levels are not supplied (the price index is defined per index, not per category), so
 * {@code price.indexJump} raises nothing here; the batch scan judges each deal against its whole month.
 */
@Singleton
public class DealMonitoring implements DealMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(DealMonitoring.class);

    private final SupervisionRulesService rules;
    private final AlertService alerts;
    private final MonitoredCells cells;
    private final ListingService listings;

    /**
     * @param rules    the configured rules
     * @param alerts   the alert store
     * @param cells    the sorted prices of the busy cells
     * @param listings the listings (appraisal bands)
     */
    public DealMonitoring(SupervisionRulesService rules, AlertService alerts, MonitoredCells cells,
                          ListingService listings) {
        this.rules = rules;
        this.alerts = alerts;
        this.cells = cells;
        this.listings = listings;
    }

    @Override
    public void recorded(DealRow deal) {
        SupervisionRules current = rules.currentRules();
        if (!deal.currency().equals(current.reportingThreshold().currency().getCurrencyCode())) {
            return;
        }
        YearMonth month = YearMonth.from(deal.dealDate());
        double[] sorted = cells.sortedLogs(deal.category(), deal.currency(), month, deal.id());
        try {
            RuleSet set = current.ruleSet();
            MonitoredDeal monitored = SupervisionMapper.monitored(deal, listings.latest(deal.listingId()));
            RuleCheck check = set.check(monitored,
                    set.prepare(deal.category(), month, sorted, sorted.length, null, List.of()));
            alerts.store(check.alerts(), "DEAL", deal.id());
        } catch (DatapriceException e) {
            LOG.warn("deal {} not monitored: {}", deal.id(), e.getMessage());
        }
    }
}
