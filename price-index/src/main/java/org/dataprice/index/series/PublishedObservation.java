package org.dataprice.index.series;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.dataprice.error.Require;

/**
 * An observation as published: rounded for display. Rates of change are never computed from it.
 *
 * @param period the month; not null
 * @param value  the value rounded half-up to the publication's decimals; not null
 * @param status the status; not null
 */
public record PublishedObservation(YearMonth period, BigDecimal value, ObservationStatus status) {
    /** Validates. */
    public PublishedObservation {
        Require.notNull(period, "period");
        Require.notNull(value, "value");
        Require.notNull(status, "status");
    }
}
