package org.dataprice.supervision.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.robust.CellStatistics;
import org.dataprice.supervision.robust.ScaleSource;

/**
 * The market around a deal about to be recorded, prepared once from history by {@link RuleSet#prepare}: the
 * robust statistics of every category and month, each listing's latest deal, and the index levels. Looking up a
 * deal's {@link DealFacts} is three hash look-ups, O(1), so {@link RuleSet#check} stays far below the 1 ms budget
 * of a deal's own request. Immutable and thread-safe.
 */
public final class MarketContext {
    private static final CellStatistics EMPTY = new CellStatistics(0, 0, 0, 0, ScaleSource.NONE);

    private final Map<CellKey, CellStatistics> cells;
    private final Map<String, MonitoredDeal> latest;
    private final Map<CellKey, Double> index;

    MarketContext(Map<CellKey, CellStatistics> cells, Map<String, MonitoredDeal> latest, Map<CellKey, Double> index) {
        this.cells = Map.copyOf(cells);
        this.latest = Map.copyOf(latest);
        this.index = Map.copyOf(index);
    }

    static Map<CellKey, Double> indexMap(List<IndexLevel> levels) {
        Require.notNull(levels, "index");
        Map<CellKey, Double> map = new HashMap<>();
        for (IndexLevel l : levels) {
            Require.that(map.put(new CellKey(l.category(), l.month()), l.level()) == null, "index", l,
                    org.dataprice.error.Rule.DUPLICATE, l.category() + "/" + l.month());
        }
        return map;
    }

    /**
     * @param deal a deal not yet in the history; not null
     * @return its market facts
     */
    public DealFacts facts(MonitoredDeal deal) {
        Require.notNull(deal, "deal");
        CellStatistics cell = cells.getOrDefault(new CellKey(deal.category(), deal.month()), EMPTY);
        MonitoredDeal previous = latest.get(deal.listingId());
        double logUnit = deal.hasLogPrice() ? deal.logUnitPrice() : 0;
        if (previous == null || !previous.hasLogPrice()) {
            return new DealFacts(cell, logUnit, null, null, 0, false, 0);
        }
        Double now = index.get(new CellKey(deal.category(), deal.month()));
        Double then = index.get(new CellKey(deal.category(), previous.month()));
        boolean known = now != null && then != null;
        return new DealFacts(cell, logUnit, previous.dealId(), previous.month(), previous.logUnitPrice(), known,
                known ? Math.log(now / then) : 0);
    }

    /**
     * @param category the category; not null
     * @param month    the month; not null
     * @return the cell's statistics (empty when the history has no deal there)
     */
    public CellStatistics cell(String category, java.time.YearMonth month) {
        return cells.getOrDefault(new CellKey(category, month), EMPTY);
    }
}
