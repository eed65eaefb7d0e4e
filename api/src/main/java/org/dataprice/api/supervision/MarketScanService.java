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
import org.dataprice.supervision.pattern.CycleScreen;
import org.dataprice.supervision.pattern.OwnershipGroups;
import org.dataprice.supervision.pattern.TradeGraph;
import org.dataprice.supervision.rule.RuleCheck;
import org.dataprice.supervision.rule.ScanWindow;
import org.dataprice.supervision.structure.CellConcentration;
import org.dataprice.supervision.structure.ConcentrationScreen;
import org.dataprice.supervision.structure.MarketSide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 批量监测 — the batch runs over stored deals of a bounded window ({@link ScanWindow}: at most
 * {@value #MAX_DEALS} deals and {@value ScanWindow#MAX_DAYS} days): the scan (every per-deal and period rule, the
 * wash / circular / round-trip / self-dealing patterns and the concentration screen, alerts stored each once), and the
 * read-only pattern and concentration tables. Deals are read oldest first; those in another currency than the rules'
 * reporting threshold are counted as skipped. Patterns use the core's example settings ({@link CycleScreen#EXAMPLE})
 * and the declared owner links.
 */
@Singleton
public class MarketScanService {
    /** The most deals one run reads. */
    public static final int MAX_DEALS = 100_000;

    private final SupervisionRulesService rules;
    private final AlertService alerts;
    private final OwnerLinkService links;
    private final DealService deals;
    private final ListingService listings;
    private final Transactions tx;

    /**
     * @param rules    the configured rules
     * @param alerts   the alert store
     * @param links    the owner links
     * @param deals    the deal store
     * @param listings the listings (appraisal bands)
     * @param tx       transactions
     */
    public MarketScanService(SupervisionRulesService rules, AlertService alerts, OwnerLinkService links,
                             DealService deals, ListingService listings, Transactions tx) {
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
            RuleCheck check = m.rules().ruleSet().scan(m.deals(), List.of());
            List<SupervisionJson.FoundAlert> found = new ArrayList<>(alerts.store(check.alerts(), "SCAN", null));
            found.addAll(alerts.store(cycles(m), "PATTERN", null));
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

    private List<Alert> cycles(Market m) {
        return CycleScreen.EXAMPLE.find(TradeGraph.of(m.deals(), OwnershipGroups.of(links.all())));
    }

    private static List<Alert> enabled(SupervisionRules rules, List<Alert> raised) {
        return raised.stream().filter(a -> rules.enabled(a.rule())).toList();
    }
}
