package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.index.series.IndexSeries;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The latest published vintage of an index (前一版本): everything the next release needs of the past.
 * Its series are the values it published (unrounded, with their statuses), against which the next
 * release detects revisions; {@code appliedCorrections} are the corrections that this or an earlier
 * release already took into account, so that the next one lists only those it applies for the first
 * time. Nothing older is needed: the cost of a release does not grow with the number of vintages
 * before it (each release revises the one before it: CPI Manual 2020, revision policy). Immutable.
 *
 * @param number             the vintage number, &ge; 1
 * @param period             the month it released; not null
 * @param realtimeStart      its release date (ALFRED {@code realtime_start}); not null
 * @param reason             why it was released; not blank
 * @param series             its series by series id; copied, order kept
 * @param appliedCorrections the ids of every correction applied by it or an earlier vintage; copied
 */
public record PreviousVintage(int number, YearMonth period, LocalDate realtimeStart, String reason,
        Map<String, IndexSeries> series, Set<String> appliedCorrections) {
    /** Validates and copies. */
    public PreviousVintage {
        Require.atLeast(number, 1, "number");
        Require.notNull(period, "period");
        Require.notNull(realtimeStart, "realtimeStart");
        Require.notBlank(reason, "reason");
        series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Require.notNull(series, "series")));
        appliedCorrections = Set.copyOf(Require.notNull(appliedCorrections, "appliedCorrections"));
    }
}
