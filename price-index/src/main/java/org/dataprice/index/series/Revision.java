package org.dataprice.index.series;

import java.time.LocalDate;
import java.time.YearMonth;

import org.dataprice.error.Require;

/**
 * One revised value in the revision log.
 *
 * @param period        the month revised; not null
 * @param previousValue the value the earlier vintage published (unrounded, on that vintage's base)
 * @param newValue      the value now published (unrounded)
 * @param fromVintage   the earlier vintage number
 * @param toVintage     the revising vintage number
 * @param date          the release date of the revising vintage; not null
 * @param reason        the revising vintage's reason; not blank
 */
public record Revision(YearMonth period, double previousValue, double newValue, int fromVintage, int toVintage,
        LocalDate date, String reason) {
    /** Validates. */
    public Revision {
        Require.notNull(period, "period");
        Require.positive(previousValue, "previousValue");
        Require.positive(newValue, "newValue");
        Require.that(toVintage > fromVintage, "toVintage", toVintage, org.dataprice.error.Rule.GREATER_THAN, fromVintage);
        Require.notNull(date, "date");
        Require.notBlank(reason, "reason");
    }

    /** @return the revision in percent of the previous value */
    public double percent() {
        return 100 * (newValue / previousValue - 1);
    }
}
