package org.dataprice.index.series;

import java.time.LocalDate;

import org.dataprice.error.Require;

/**
 * One release of a series: everything published on {@code realtimeStart}, kept forever.
 *
 * @param number        the vintage number, 1 for the first release, consecutive
 * @param realtimeStart the release date, from which this vintage is current (FRED {@code realtime_start})
 * @param series        the series as released; not null
 * @param reason        why it was released (e.g. "monthly release", "late trades for 2025-03"); not blank
 */
public record Vintage(int number, LocalDate realtimeStart, IndexSeries series, String reason) {
    /** Validates. */
    public Vintage {
        Require.atLeast(number, 1, "number");
        Require.notNull(realtimeStart, "realtimeStart");
        Require.notNull(series, "series");
        Require.notBlank(reason, "reason");
    }
}
