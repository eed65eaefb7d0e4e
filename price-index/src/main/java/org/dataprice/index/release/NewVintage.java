package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.Revision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release computed by {@link ReleaseCalculator} (新版本): what a store appends, never updates.
 * Every observation carries its SDMX status: {@code A} measured, {@code P} provisional (the latest
 * months), {@code E} estimated (the sufficiency rule carried a value forward), {@code R} a measured
 * value that differs from the previous vintage's. {@code revisions} logs every value that differs from
 * the previous vintage (after bringing that one to the new base), whatever its status. Immutable.
 *
 * @param number        the vintage number: 1, or the previous one's plus 1
 * @param period        the released month; not null
 * @param realtimeStart the release date; not null
 * @param reason        why it is released; not blank
 * @param series        the series by id: the composite first, then the categories with values in the
 *                      publisher's order; copied, order kept
 * @param revisions     per series id, the values revised against the previous vintage, in period order
 *                      (a series without revisions is absent); copied
 * @param explanation   method, settings, hedonic fit, corrections applied; not null
 * @param transactions  the (corrected) trades the release computed from, &ge; 1
 */
public record NewVintage(int number, YearMonth period, LocalDate realtimeStart, String reason,
        Map<String, IndexSeries> series, Map<String, List<Revision>> revisions, ReleaseExplanation explanation,
        int transactions) {
    /** Validates and copies. */
    public NewVintage {
        Require.atLeast(number, 1, "number");
        Require.notNull(period, "period");
        Require.notNull(realtimeStart, "realtimeStart");
        Require.notBlank(reason, "reason");
        series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Require.notNull(series, "series")));
        Map<String, List<Revision>> copy = new LinkedHashMap<>();
        Require.notNull(revisions, "revisions").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        revisions = java.util.Collections.unmodifiableMap(copy);
        Require.notNull(explanation, "explanation");
        Require.atLeast(transactions, 1, "transactions");
    }

    /** @return every revision of every series, series in {@link #series} order */
    public List<Revision> allRevisions() {
        return revisions.values().stream().flatMap(List::stream).toList();
    }
}
