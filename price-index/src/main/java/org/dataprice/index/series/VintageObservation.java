package org.dataprice.index.series;

import java.time.LocalDate;
import java.time.YearMonth;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * An observation with its real-time period, as FRED/ALFRED serve it: the value of {@code period} was
 * the published one from {@code realtimeStart} to {@code realtimeEnd} inclusive;
 * {@code realtimeEnd = }{@link #OPEN_END} (9999-12-31) while it is still current.
 *
 * @param period        the month observed; not null
 * @param value         the unrounded value; &gt; 0
 * @param status        the status in that span; not null
 * @param vintage       the vintage number that first published this value
 * @param realtimeStart first day the value was current; not null
 * @param realtimeEnd   last day it was current, not before {@code realtimeStart}
 */
public record VintageObservation(YearMonth period, double value, ObservationStatus status, int vintage,
        LocalDate realtimeStart, LocalDate realtimeEnd) {
    /** FRED's open end of a real-time period. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** Validates. */
    public VintageObservation {
        Require.notNull(period, "period");
        Require.positive(value, "value");
        Require.notNull(status, "status");
        Require.atLeast(vintage, 1, "vintage");
        Require.notNull(realtimeStart, "realtimeStart");
        Require.notNull(realtimeEnd, "realtimeEnd");
        Require.that(!realtimeEnd.isBefore(realtimeStart), "realtimeEnd", realtimeEnd, Rule.AT_LEAST, realtimeStart);
    }

    /** @return whether the value is still current */
    public boolean isCurrent() {
        return realtimeEnd.equals(OPEN_END);
    }
}
