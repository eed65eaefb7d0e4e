package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.pricing.listing.AppraisalRow;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.config.SupervisionRules;
import org.dataprice.api.pricing.auction.AuctionService;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.negotiation.NegotiationService;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.supervision.pattern.OwnerLink;
import org.dataprice.supervision.pattern.OwnershipGroups;
import org.dataprice.supervision.pattern.TradeGraph;
import org.dataprice.supervision.rule.RuleCheck;
import org.dataprice.supervision.rule.ScanWindow;
import org.dataprice.supervision.structure.CellConcentration;
import org.dataprice.supervision.structure.ConcentrationScreen;
import org.dataprice.supervision.structure.MarketSide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.time.YearMonth;
import org.dataprice.supervision.rule.IndexLevel;
import java.util.Map;

/**
 * 批量监测 — the batch runs over stored deals of a bounded window ({@link ScanWindow}: at most
 * {@value #MAX_DEALS} deals and {@value ScanWindow#MAX_DAYS} days): the scan (every per-deal and period rule, the
 * wash / circular / round-trip / self-dealing patterns and the concentration screen, alerts stored each once), and the
 * read-only pattern and concentration tables. Deals are read oldest first; those in another currency than the rules'
 * reporting threshold are counted as skipped. Patterns use the pattern settings of the current rules
 * ({@code pattern.*} of {@link SupervisionRules}) and the declared owner links; the collusion screens read at most
 * {@value #MAX_AUCTIONS} auctions, {@value #MAX_NEGOTIATIONS} negotiations and {@value #MAX_QUOTES} quotes
 * (else 422 on {@code to}: split the window). The scan's {@code price.indexJump} reads the levels of the configured
 * index source ({@link MonitoredIndex}) for the window's categories and months; a deal's previous deal is the
 * listing's previous deal within the window (a listing's first deal in the window is not judged against the index),
 * and the answer's warnings name the months without a published level. {@code price.reference} judges each deal
 * against the listing's latest appraisal (see {@link SupervisionMapper#monitored}).
 */
@Singleton
public class MarketScanService {
    /** The most deals one run reads. */
    public static final int MAX_DEALS = 100_000;
    /** The most auctions one run of the bid screens reads. */
    public static final int MAX_AUCTIONS = 5_000;
    /** The most negotiations one run of the offer screen reads. */
    public static final int MAX_NEGOTIATIONS = 5_000;
    /** The most fixed-price quotes (listings) one run of the parallel-pricing screen reads. */
    public static final int MAX_QUOTES = 50_000;

    private final SupervisionRulesService rules;
    private final AlertService alerts;
    private final OwnerLinkService links;
    private final DealService deals;
    private final ListingService listings;
    private final AuctionService auctions;
    private final NegotiationService negotiations;
    private final Transactions tx;
    private final MonitoredIndex index;

    /**
     * @param rules    the configured rules
     * @param alerts   the alert store
     * @param links    the owner links
     * @param deals    the deal store
     * @param listings the listings (appraisal bands, fixed-price quotes)
     * @param auctions     the auctions (bid screens)
     * @param negotiations the negotiations (offer screen)
     * @param tx       transactions
     * @param index    the configured index's levels (index-jump rule)
     */
    public MarketScanService(SupervisionRulesService rules, AlertService alerts, OwnerLinkService links,
                             DealService deals, ListingService listings, AuctionService auctions,
                             NegotiationService negotiations, Transactions tx, MonitoredIndex index) {
        this.index = index;
        this.auctions = auctions;
        this.negotiations = negotiations;
        this.rules = rules;
        this.alerts = alerts;
        this.links = links;
        this.deals = deals;
        this.listings = listings;
        this.tx = tx;
    }

    private record Market(SupervisionRules rules, List<MonitoredDeal> deals, int skipped) {
    }

    private Market read(LocalDate from, LocalDate to) {
        ScanWindow window = new ScanWindow(from, to, MAX_DEALS);
        SupervisionRules current = rules.currentRules();
        String currency = current.reportingThreshold().currency().getCurrencyCode();
        List<DealRow> rows = deals.rows(null, from, to, MAX_DEALS + 1);
        window.requireWithinLimit(rows.size());
        Map<String, AppraisalRow> bands = new HashMap<>();
        List<MonitoredDeal> out = new ArrayList<>(rows.size());
        int skipped = 0;
        for (DealRow r : rows) {
            if (!r.currency().equals(currency)) {
                skipped++;
                continue;
            }
            if (!bands.containsKey(r.listingId())) {
                bands.put(r.listingId(), listings.latest(r.listingId()));
            }
            out.add(SupervisionMapper.monitored(r, bands.get(r.listingId())));
        }
        return new Market(current, out, skipped);
    }

    /**
     * Runs every rule, pattern and concentration screen over a window and stores the alerts, each once.
     *
     * @param request the window
     * @return what was judged and found
     */
    public SupervisionJson.ScanResponse scan(SupervisionJson.ScanRequest request) {
        return tx.write(() -> {
            Market m = read(request.from(), request.to());
            RuleCheck check = m.rules().ruleSet().scan(m.deals(), levels(m));
            List<SupervisionJson.FoundAlert> found = new ArrayList<>(alerts.store(check.alerts(), "SCAN", null));
            found.addAll(alerts.store(cycles(m), "PATTERN", null));
            found.addAll(alerts.store(collusion(request.from(), request.to(), m.rules()).alerts(), "PATTERN", null));
            ConcentrationScreen screen = m.rules().concentration();
            found.addAll(alerts.store(enabled(m.rules(), screen.alerts(screen.measure(m.deals(), MarketSide.SELLER))),
                    "CONCENTRATION", null));
            return new SupervisionJson.ScanResponse(m.rules().version(), m.deals().size(), m.skipped(), found,
                    check.warnings());
        });
    }

    /**
     * @param from first deal date
     * @param to   last deal date
     * @return the self-dealing, wash / circular and round-trip alerts of the window (not stored)
     */
    public SupervisionJson.PatternsResponse patterns(LocalDate from, LocalDate to) {
        return tx.read(() -> {
            Market m = read(from, to);
            return new SupervisionJson.PatternsResponse(from, to, m.deals().size(), links.all().size(),
                    cycles(m).stream().map(SupervisionMapper::screen).toList());
        });
    }

    /**
     * @param from first deal date
     * @param to   last deal date
     * @param side the side measured
     * @return HHI, CR4, shares, entry and exit per category and month, and the threshold alerts (not stored)
     */
    public SupervisionJson.ConcentrationResponse concentration(LocalDate from, LocalDate to, MarketSide side) {
        return tx.read(() -> {
            Market m = read(from, to);
            ConcentrationScreen screen = m.rules().concentration();
            List<CellConcentration> cells = screen.measure(m.deals(), side);
            return new SupervisionJson.ConcentrationResponse(m.rules().version(),
                    cells.stream().map(SupervisionMapper::cell).toList(),
                    enabled(m.rules(), screen.alerts(cells)).stream().map(SupervisionMapper::screen).toList());
        });
    }

    // the configured index's levels of the window's categories and months, read only when the rule runs
    private List<IndexLevel> levels(Market m) {
        if (!m.rules().rule("price.indexJump").enabled() || !m.rules().indexSource().configured()) {
            return List.of();
        }
        Set<String> categories = new TreeSet<>();
        Set<YearMonth> months = new TreeSet<>();
        for (MonitoredDeal d : m.deals()) {
            categories.add(d.category());
            months.add(d.month());
        }
        return index.levels(m.rules().indexSource(), categories, months);
    }

    private List<Alert> cycles(Market m) {
        return enabled(m.rules(), m.rules().cycles().find(TradeGraph.of(m.deals(), OwnershipGroups.of(links.all()))));
    }

    /**
     * @param from first date (UTC)
     * @param to   last date (UTC)
     * @return bid rotation and cover bidding over the auctions closed with a sale, identical offer sequences over the
     *         negotiations opened and parallel pricing over the fixed-price quotes created in the window (not stored)
     */
    public SupervisionJson.CollusionResponse collusion(LocalDate from, LocalDate to) {
        return tx.read(() -> {
            SupervisionRules current = rules.currentRules();
            Collusion c = collusion(from, to, current);
            return new SupervisionJson.CollusionResponse(from, to, current.version(), c.auctions(), c.negotiations(),
                    c.quotes(), c.links(), c.alerts().stream().map(SupervisionMapper::screen).toList());
        });
    }

    private record Collusion(int auctions, int negotiations, int quotes, int links, List<Alert> alerts) {
    }

    private Collusion collusion(LocalDate from, LocalDate to, SupervisionRules current) {
        new ScanWindow(from, to, MAX_AUCTIONS);
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<AuctionService.Stored> sold = auctions.closedWithSaleBetween(start, until, MAX_AUCTIONS + 1);
        new ScanWindow(from, to, MAX_AUCTIONS, "auctions").requireWithinLimit(sold.size());
        List<NegotiationState> opened = negotiations.createdBetween(start, until, MAX_NEGOTIATIONS + 1);
        new ScanWindow(from, to, MAX_NEGOTIATIONS, "negotiations").requireWithinLimit(opened.size());
        List<ListingRow> fixed = listings.fixedPriceCreatedBetween(start, until, MAX_QUOTES + 1);
        new ScanWindow(from, to, MAX_QUOTES, "quotes").requireWithinLimit(fixed.size());
        List<OwnerLink> declared = links.all();
        OwnershipGroups groups = OwnershipGroups.of(declared);
        List<Alert> raised = new ArrayList<>(current.auctions().find(sold.stream().map(SupervisionMapper::auction)
                .toList()));
        raised.addAll(current.offers().find(opened.stream().map(SupervisionMapper::negotiation).toList(), groups));
        raised.addAll(current.parallelPricing().find(fixed.stream().map(SupervisionMapper::quote).toList(), groups));
        return new Collusion(sold.size(), opened.size(), fixed.size(), declared.size(), enabled(current, raised));
    }

    private static List<Alert> enabled(SupervisionRules rules, List<Alert> raised) {
        return raised.stream().filter(a -> rules.enabled(a.rule())).toList();
    }
}
