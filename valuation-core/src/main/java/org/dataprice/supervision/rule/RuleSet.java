package org.dataprice.supervision.rule;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.robust.CellStatistics;
import org.dataprice.supervision.robust.HampelFilter;
import org.dataprice.supervision.robust.ScaleSource;

/**
 * An exchange's configured rule set (监测规则): the per-deal rules checked when a deal is recorded and the period
 * rules of the batch scan, each with its own id, version and severity.
 *
 * <p><b>Two ways to run it.</b> {@link #check} judges one new deal against a {@link MarketContext} prepared from
 * history ({@link #prepare}): O(1) hash look-ups plus the rules' arithmetic, for the deal's own request (JMH target
 * ≤ 1 ms). {@link #scan} judges a whole history in one pass: the deals must come in time order (the service reads
 * them {@code ORDER BY at, id}; checked in O(n)), every category and month is summarised once (a counting sort by
 * cell, then a sort per cell: O(n log n) overall), each deal is judged against its own cell (which contains it,
 * as the Hampel window contains its centre) and its listing's previous deal, and then the period rules run
 * (JMH target: 10<sup>6</sup> deals ≤ 1 s).
 *
 * <p>Every deal in one run has the same currency ({@link Rule#CURRENCY_MISMATCH} on {@code deals[i].price}); at
 * most one rule per kind and per id ({@link Rule#DUPLICATE}). Immutable and thread-safe.
 *
 * @param dealRules   the per-deal rules, at most one of each kind; not null, copied
 * @param periodRules the period rules; not null, copied
 */
public record RuleSet(List<DealRule> dealRules, List<PeriodRule> periodRules) {
    /** Validates and copies. */
    public RuleSet {
        dealRules = Require.copyOf(dealRules, "dealRules");
        periodRules = Require.copyOf(periodRules, "periodRules");
        Set<Class<?>> kinds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (DealRule r : dealRules) {
            Require.that(kinds.add(r.getClass()), "dealRules", r.identity().id(), Rule.DUPLICATE, "one rule per kind");
            Require.that(ids.add(r.identity().id()), "dealRules", r.identity().id(), Rule.DUPLICATE, "rule ids");
        }
        for (PeriodRule r : periodRules) {
            Require.that(ids.add(r.identity().id()), "periodRules", r.identity().id(), Rule.DUPLICATE, "rule ids");
        }
    }

    /**
     * The rule set of the examples and benchmarks, version 1 of each rule; the figures are illustrations for an
     * exchange to configure, not regulatory numbers: band (HIGH); reference price, factor 2 (WARNING); Hampel
     * t = 3, n ≥ 5 (WARNING, 0.27 % false alarms); index jump, factor 3 (WARNING); volume spike, 6 months,
     * ≥ 3 of history, factor 3, excess ≥ 10 (INFO); bunching under {@code reportingThreshold}, δ = 5 %,
     * n ≥ 8, α = 0.001 (HIGH).
     *
     * @param reportingThreshold the price at and above which a deal must be reported; &gt; 0; not null
     * @return the rule set
     */
    public static RuleSet example(Money reportingThreshold) {
        return new RuleSet(List.of(
                new BandRule(RuleIdentity.of("price.band", 1, Severity.HIGH)),
                new ReferencePriceRule(RuleIdentity.of("price.reference", 1, Severity.WARNING), 1.0),
                new HampelRule(RuleIdentity.of("price.hampel", 1, Severity.WARNING), HampelFilter.DEFAULT),
                new IndexJumpRule(RuleIdentity.of("price.indexJump", 1, Severity.WARNING), 3.0)),
                List.of(new VolumeSpikeRule(RuleIdentity.of("volume.spike", 1, Severity.INFO), 6, 3, 3.0, 10),
                        new ThresholdBunchingRule(RuleIdentity.of("price.bunching", 1, Severity.HIGH),
                                reportingThreshold, 0.05, 8, 0.001)));
    }

    /**
     * Prepares the market context for {@link #check} from history.
     *
     * @param history the deals already recorded (any order); not null
     * @param index   the index levels by category and month, one per cell; not null
     * @return the context
     */
    public MarketContext prepare(List<MonitoredDeal> history, List<IndexLevel> index) {
        Require.notNull(history, "history");
        CellIndex cellIds = new CellIndex();
        int[] cellOf = new int[history.size()];
        for (int i = 0; i < cellOf.length; i++) {
            cellOf[i] = cellIds.id(history.get(i));
        }
        CellStatistics[] stats = summarise(hasLogs(history), cellOf, cellIds.size(), logPrices(history));
        Map<CellKey, CellStatistics> cells = new HashMap<>();
        for (int c = 0; c < cellIds.size(); c++) {
            cells.put(cellIds.key(c), stats[c]);
        }
        Map<String, MonitoredDeal> latest = new HashMap<>();
        for (MonitoredDeal d : history) {
            latest.merge(d.listingId(), d, (a, b) -> later(b, a) ? b : a);
        }
        return new MarketContext(cells, latest, MarketContext.indexMap(index));
    }

    /**
     * Prepares the context of {@link #check} for one deal from its own cell alone: the log unit prices of the
     * earlier deals of its category and month, already in ascending order. A service that keeps each busy cell's
     * prices sorted as deals arrive (one binary-search insertion per deal) then pays O(n) per deal for the median
     * and MAD (two merges, {@link org.dataprice.supervision.robust.RobustStatistics#rawMadOfSorted}) instead of
     * reading and sorting the history, O(n log n), in every deal's own request. For the deal's cell the result
     * equals {@link #prepare} over the same deals.
     *
     * @param category   the deal's category; not blank
     * @param month      its month; not null
     * @param sortedLogs ascending finite log unit prices of the cell's earlier deals with a price &gt; 0 in
     *                   {@code [0, count)}; read during the call, not kept; not null
     * @param count      how many leading entries of {@code sortedLogs} are the cell's, 0 ≤ count ≤ length
     * @param previous   the listing's latest earlier deal, or null when unknown (the index-jump rule then skips)
     * @param index      the index levels by category and month; not null
     * @return the context
     * @throws org.dataprice.error.InvalidInputException on {@code sortedLogs[i]} not finite or out of order, or
     *                                                   {@code count} out of range
     */
    public MarketContext prepare(String category, YearMonth month, double[] sortedLogs, int count,
                                 MonitoredDeal previous, List<IndexLevel> index) {
        Require.notBlank(category, "category");
        Require.notNull(month, "month");
        Require.notNull(sortedLogs, "sortedLogs");
        Require.that(count >= 0 && count <= sortedLogs.length, "count", count, Rule.OUT_OF_RANGE,
                "[0, " + sortedLogs.length + "]");
        for (int i = 0; i < count; i++) {
            if (!Double.isFinite(sortedLogs[i])) {
                Require.that(false, "sortedLogs[" + i + "]", sortedLogs[i], Rule.NOT_FINITE);
            }
            if (i > 0 && sortedLogs[i] < sortedLogs[i - 1]) {
                Require.that(false, "sortedLogs[" + i + "]", sortedLogs[i], Rule.INCONSISTENT,
                        "ascending order");
            }
        }
        HampelRule h = hampel();
        CellStatistics stats = h == null ? new CellStatistics(0, 0, 0, 0, ScaleSource.NONE)
                : h.filter().summarizeSorted(sortedLogs, 0, count, new double[count]);
        Map<String, MonitoredDeal> latest = previous == null ? Map.of() : Map.of(previous.listingId(), previous);
        return new MarketContext(Map.of(new CellKey(category, month), stats), latest, MarketContext.indexMap(index));
    }

    /**
     * Checks one deal as it is recorded.
     *
     * @param deal    the new deal; not null
     * @param context the market before it; not null
     * @return the alerts of the per-deal rules and the warnings
     */
    public RuleCheck check(MonitoredDeal deal, MarketContext context) {
        Require.notNull(context, "context");
        DealFacts facts = context.facts(deal);
        List<Alert> alerts = new ArrayList<>(2);
        List<String> warnings = new ArrayList<>(1);
        String w = hampel() == null || !deal.hasLogPrice() ? null : hampel().filter().warning(facts.cell());
        if (w != null) {
            warnings.add(deal.category() + "/" + deal.month() + ": " + w);
        }
        for (DealRule r : dealRules) {
            r.check(deal, facts, alerts, warnings);
        }
        if (indexJump() && facts.previousId() != null && !facts.indexKnown() && deal.hasLogPrice()) {
            warnings.add(deal.category() + "/" + deal.month() + ": no published index level for " + deal.month()
                    + " or " + facts.previousMonth() + " (the previous deal " + facts.previousId()
                    + "): price.indexJump not judged");
        }
        return new RuleCheck(alerts, warnings, 1);
    }

    /**
     * Judges a history in batch: every per-deal rule on every deal, then every period rule.
     *
     * @param deals the deals in time order ({@link MonitoredDeal#TIME_ORDER}), one currency; not null
     * @param index the index levels by category and month; not null
     * @return the alerts (per-deal rules in deal order, then period rules) and the warnings
     */
    public RuleCheck scan(List<MonitoredDeal> deals, List<IndexLevel> index) {
        Require.notNull(deals, "deals");
        Map<CellKey, Double> levels = MarketContext.indexMap(index);
        CellIndex cellIds = new CellIndex();
        int n = deals.size();
        int[] cellOf = new int[n];
        double[] logs = new double[n];
        boolean[] hasLog = new boolean[n];
        // one pass over the records: order and currency checks, cells, log prices, each listing's previous deal
        int[] previousOf = new int[n];
        Map<String, Integer> listingSlot = new HashMap<>();
        int[] lastOfListing = new int[Math.max(16, n / 4)];
        MonitoredDeal before = null;
        for (int i = 0; i < n; i++) {
            MonitoredDeal d = deals.get(i);
            if (before != null) {
                requireInOrder(before, d, i);
            }
            before = d;
            cellOf[i] = cellIds.id(d);
            hasLog[i] = d.hasLogPrice();
            logs[i] = hasLog[i] ? d.logUnitPrice() : 0;
            Integer slot = listingSlot.get(d.listingId());
            if (slot == null) {
                slot = listingSlot.size();
                listingSlot.put(d.listingId(), slot);
                if (slot == lastOfListing.length) {
                    lastOfListing = Arrays.copyOf(lastOfListing, 2 * slot);
                }
                lastOfListing[slot] = -1;
            }
            previousOf[i] = lastOfListing[slot];
            if (hasLog[i]) {
                lastOfListing[slot] = i;
            }
        }
        CellStatistics[] stats = summarise(hasLog, cellOf, cellIds.size(), logs);
        Set<String> warnings = new LinkedHashSet<>();
        if (hampel() != null) {
            for (int c = 0; c < cellIds.size(); c++) {
                String w = hampel().filter().warning(stats[c]);
                if (w != null && stats[c].size() > 0) {
                    warnings.add(cellIds.key(c) + ": " + w);
                }
            }
        }
        List<Alert> alerts = new ArrayList<>();
        List<String> ruleWarnings = new ArrayList<>();
        // each cell's index level looked up once (NaN: none), not twice per deal
        double[] levelOf = new double[cellIds.size()];
        for (int c = 0; c < levelOf.length; c++) {
            Double level = levels.get(cellIds.key(c));
            levelOf[c] = level == null ? Double.NaN : level;
        }
        if (indexJump()) {
            if (levels.isEmpty()) {
                ruleWarnings.add("no index levels supplied: price.indexJump not judged");
            } else {
                for (int c = 0; c < levelOf.length; c++) {
                    if (Double.isNaN(levelOf[c])) {
                        ruleWarnings.add(cellIds.key(c) + ": no published index level: price.indexJump skips the "
                                + "deals of this month and the next deals of their listings");
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            MonitoredDeal d = deals.get(i);
            DealFacts facts = facts(deals, i, previousOf[i], stats[cellOf[i]], logs, levels, cellOf, levelOf);
            for (DealRule r : dealRules) {
                r.check(d, facts, alerts, ruleWarnings);
            }
        }
        for (PeriodRule r : periodRules) {
            if (r instanceof VolumeSpikeRule v) {
                v.scan(deals, cellIds, cellOf, alerts);
            } else {
                r.scan(deals, alerts, ruleWarnings);
            }
        }
        warnings.addAll(ruleWarnings);
        return new RuleCheck(alerts, new ArrayList<>(warnings), n);
    }

    // the messages are built only on failure: formatting an Instant per deal would cost more than the rules
    private static void requireInOrder(MonitoredDeal a, MonitoredDeal b, int i) {
        if (later(a, b) || a.price().currency() != b.price().currency()) {
            MonitoredDeal.requireTimeOrder(List.of(a, b), i);
        }
    }

    private static DealFacts facts(List<MonitoredDeal> deals, int i, int p, CellStatistics cell, double[] logs,
            Map<CellKey, Double> levels, int[] cellOf, double[] levelOf) {
        if (p < 0) {
            return new DealFacts(cell, logs[i], null, null, 0, false, 0);
        }
        MonitoredDeal prev = deals.get(p);
        if (levels.isEmpty()) {
            return new DealFacts(cell, logs[i], prev.dealId(), prev.month(), logs[p], false, 0);
        }
        MonitoredDeal d = deals.get(i);
        double now = levelOf[cellOf[i]];
        // the level of (this deal's category, the previous deal's month): the previous deal's own cell when the
        // listing kept its category (always, for a stored listing), else looked up
        double then;
        if (prev.category().equals(d.category())) {
            then = levelOf[cellOf[p]];
        } else {
            Double level = levels.get(new CellKey(d.category(), prev.month()));
            then = level == null ? Double.NaN : level;
        }
        boolean known = !Double.isNaN(now) && !Double.isNaN(then);
        return new DealFacts(cell, logs[i], prev.dealId(), prev.month(), logs[p], known,
                known ? Math.log(now / then) : 0);
    }

    private boolean indexJump() {
        for (DealRule r : dealRules) {
            if (r instanceof IndexJumpRule) {
                return true;
            }
        }
        return false;
    }

    private HampelRule hampel() {
        for (DealRule r : dealRules) {
            if (r instanceof HampelRule h) {
                return h;
            }
        }
        return null;
    }

    // a after b in (at, dealId) order
    private static boolean later(MonitoredDeal a, MonitoredDeal b) {
        int c = a.at().compareTo(b.at());
        return c > 0 || c == 0 && a.dealId().compareTo(b.dealId()) > 0;
    }

    private static boolean[] hasLogs(List<MonitoredDeal> deals) {
        boolean[] has = new boolean[deals.size()];
        for (int i = 0; i < has.length; i++) {
            has[i] = deals.get(i).hasLogPrice();
        }
        return has;
    }

    private static double[] logPrices(List<MonitoredDeal> deals) {
        double[] logs = new double[deals.size()];
        for (int i = 0; i < logs.length; i++) {
            MonitoredDeal d = deals.get(i);
            logs[i] = d.hasLogPrice() ? d.logUnitPrice() : 0;
        }
        return logs;
    }

    // counting sort of the log prices by cell, then each cell sorted and summarised
    private CellStatistics[] summarise(boolean[] hasLog, int[] cellOf, int cells, double[] logs) {
        CellStatistics[] stats = new CellStatistics[cells];
        HampelRule h = hampel();
        if (h == null) {
            Arrays.fill(stats, new CellStatistics(0, 0, 0, 0, ScaleSource.NONE));
            return stats;
        }
        int[] start = new int[cells + 1];
        for (int i = 0; i < cellOf.length; i++) {
            if (hasLog[i]) {
                start[cellOf[i] + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, cells);
        double[] values = new double[start[cells]];
        for (int i = 0; i < cellOf.length; i++) {
            if (hasLog[i]) {
                values[fill[cellOf[i]]++] = logs[i];
            }
        }
        double[] scratch = new double[values.length];
        for (int c = 0; c < cells; c++) {
            Arrays.sort(values, start[c], start[c + 1]);
            stats[c] = h.filter().summarizeSorted(values, start[c], start[c + 1], scratch);
        }
        return stats;
    }
}
