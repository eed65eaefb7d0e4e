package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.pricing.deal.DealMonitor;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.error.DatapriceException;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.config.SupervisionRules;
import org.dataprice.supervision.rule.RuleCheck;
import org.dataprice.supervision.rule.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 触发式监测 — checks every deal as it is recorded, inside the recording transaction: the current rules' per-deal rules
 * ({@link RuleSet#check}) against a context prepared from the deal's category in its month and the month before (at
 * most {@value #HISTORY_LIMIT} deals, oldest first), with the band of the listing's latest appraisal; the alerts are
 * stored with source DEAL. Deals in another currency than the rules' reporting threshold are not judged. The deal is
 * never refused: a core refusal of the monitored record (which the stored deal cannot cause) is logged and skipped.
 * The index levels are not supplied (the price index is defined per index, not per category), so
 * {@code price.indexJump} raises nothing here.
 */
@Singleton
public class DealMonitoring implements DealMonitor {
    /** The most stored deals read to prepare the context of one check. */
    public static final int HISTORY_LIMIT = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(DealMonitoring.class);

    private final SupervisionRulesService rules;
    private final AlertService alerts;
    private final DealService deals;
    private final ListingService listings;

    /**
     * @param rules    the configured rules
     * @param alerts   the alert store
     * @param deals    the deal store
     * @param listings the listings (appraisal bands)
     */
    public DealMonitoring(SupervisionRulesService rules, AlertService alerts, DealService deals,
                          ListingService listings) {
        this.rules = rules;
        this.alerts = alerts;
        this.deals = deals;
        this.listings = listings;
    }

    @Override
    public void recorded(DealRow deal) {
        SupervisionRules current = rules.currentRules();
        if (!deal.currency().equals(current.reportingThreshold().currency().getCurrencyCode())) {
            return;
        }
        LocalDate start = deal.dealDate().withDayOfMonth(1).minusMonths(1);
        List<MonitoredDeal> history = new ArrayList<>();
        for (DealRow r : deals.rows(deal.category(), start, deal.dealDate(), HISTORY_LIMIT)) {
            if (!r.id().equals(deal.id()) && r.currency().equals(deal.currency())) {
                history.add(SupervisionMapper.monitored(r, null));
            }
        }
        try {
            RuleSet set = current.ruleSet();
            MonitoredDeal monitored = SupervisionMapper.monitored(deal, listings.latest(deal.listingId()));
            RuleCheck check = set.check(monitored, set.prepare(history, List.of()));
            alerts.store(check.alerts(), "DEAL", deal.id());
        } catch (DatapriceException e) {
            LOG.warn("deal {} not monitored: {}", deal.id(), e.getMessage());
        }
    }
}
