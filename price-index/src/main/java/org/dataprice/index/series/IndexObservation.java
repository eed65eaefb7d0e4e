package org.dataprice.index.series;

import java.time.YearMonth;

import org.dataprice.error.Require;

/**
 * One observation of an index series, stored unrounded.
 *
 * @param period the month; not null
 * @param value  the unrounded index value on the series' base, finite and &gt; 0
 * @param status the status; not null
 */
public record IndexObservation(YearMonth period, double value, ObservationStatus status) {
    /** Validates. */
    public IndexObservation {
        Require.notNull(period, "period");
        Require.positive(value, "value");
        Require.notNull(status, "status");
    }
}
