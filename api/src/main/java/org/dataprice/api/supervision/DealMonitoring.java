package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.pricing.deal.DealMonitor;
import org.dataprice.api.pricing.deal.DealRepository;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.error.DatapriceException;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.config.SupervisionRules;
import org.dataprice.supervision.rule.IndexLevel;
import org.dataprice.supervision.rule.RuleCheck;
import org.dataprice.supervision.rule.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.dataprice.api.time.ServiceClock;
import java.util.List;
import java.util.Set;

/**
 * 触发式监测 — checks every deal as it is recorded, inside the recording transaction: the current rules' per-deal rules
 * ({@link RuleSet#check}) against the context of the deal's own category, currency and month — the log unit prices
 * of the deals committed there before it, at most {@value MonitoredCells#CAPACITY} (the most recently chained),
 * kept sorted by {@link MonitoredCells} — with the band of the listing's latest appraisal; the alerts are stored
 * with source DEAL. Deals in another currency than the rules' reporting threshold are not judged. The deal is never
 * refused: a core refusal of the monitored record (which the stored deal cannot cause) is logged and skipped.
 *
 * <p><b>Index jump.</b> When {@code price.indexJump} runs and the rules name an index source, the listing's previous
 * deal is read (one indexed read, {@code pricing_deal_listing_concluded}, V71: concluded earlier, or at the same
 * instant with a smaller id) and the levels of the deal's category in the deal's month and the previous deal's month
 * are read from the configured series ({@link MonitoredIndex}); a month without a published level leaves the rule
 * silent (the check's warning says which months, logged at debug). A listing's first deal reads neither. The level
 * of a month is released only after the month ends (the index calendar refuses an earlier release), so a deal dated
 * in the current month — every purchase, offer or bid as it happens — has no level yet: it is not read (no cost in
 * the deal's request) and the batch scan judges it once the month is released ({@code POST /v1/supervision/scans}
 * after each index release). A deal recorded with a date in an earlier month (e.g. an auction closed late by the
 * sweep) is judged at once.
 *
 * <p><b>Reference price.</b> R of {@code price.reference} is the listing's latest appraisal value times the quantity
 * ({@link SupervisionMapper#monitored}: the cold-start reference price, read with the band at no extra cost).
 */
@Singleton
public class DealMonitoring implements DealMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(DealMonitoring.class);

    private final SupervisionRulesService rules;
    private final AlertService alerts;
    private final MonitoredCells cells;
    private final ListingService listings;
    private final DealRepository deals;
    private final MonitoredIndex index;
    private final Clock clock;

    /**
     * @param rules    the configured rules
     * @param alerts   the alert store
     * @param cells    the sorted prices of the busy cells
     * @param listings the listings (appraisal bands, reference price)
     * @param deals    the deal table (the listing's previous deal; the repository, as the deal service calls this
     *                 monitor)
     * @param index    the configured index's levels
     * @param clock    the service clock (the current month)
     */
    public DealMonitoring(SupervisionRulesService rules, AlertService alerts, MonitoredCells cells,
                          ListingService listings, DealRepository deals, MonitoredIndex index, Clock clock) {
        this.clock = clock;
        this.deals = deals;
        this.index = index;
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
            MonitoredDeal previous = null;
            List<IndexLevel> levels = List.of();
            // the level of the current month is never published yet (a release comes after its period ends): only a
            // deal dated in an earlier month can be judged as it is recorded, the others by the scan after the release
            if (current.rule("price.indexJump").enabled() && current.indexSource().configured()
                    && current.indexSource().seriesOf(deal.category()) != null
                    && month.isBefore(YearMonth.from(ServiceClock.now(clock).atOffset(ZoneOffset.UTC)))) {
                List<DealRow> before = deals.previousOfListing(deal.listingId(), deal.concludedAt(), deal.id());
                if (!before.isEmpty() && before.get(0).currency().equals(deal.currency())) {
                    previous = SupervisionMapper.monitored(before.get(0), null);
                    levels = index.levels(current.indexSource(), List.of(deal.category()),
                            Set.of(month, previous.month()));
                }
            }
            RuleCheck check = set.check(monitored,
                    set.prepare(deal.category(), month, sorted, sorted.length, previous, levels));
            if (!check.warnings().isEmpty()) {
                LOG.debug("deal {}: {}", deal.id(), check.warnings());
            }
            alerts.store(check.alerts(), "DEAL", deal.id());
        } catch (DatapriceException e) {
            LOG.warn("deal {} not monitored: {}", deal.id(), e.getMessage());
        }
    }
}
