package org.dataprice.registry.exchange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The period an export covers: the records made (listed, concluded, released, registered or changed) on the UTC
 * days {@code [from, until)}. An export is bounded by its window: at most {@value #MAX_DAYS} days, and at most
 * {@link ExportBundle#MAX_RECORDS} records of each kind ({@link #requireWithin}); an exporter with more splits the
 * period rather than truncate silently.
 *
 * @param from  the first day, inclusive; not null
 * @param until the day after the last, exclusive; after {@code from}, at most {@value #MAX_DAYS} days later
 */
public record ExportWindow(LocalDate from, LocalDate until) {
    /** The longest window, in days (a leap year). */
    public static final int MAX_DAYS = 366;

    /** Checks the components. */
    public ExportWindow {
        Require.notNull(from, "from");
        Require.notNull(until, "until");
        Require.that(until.isAfter(from), "until", until, Rule.GREATER_THAN, from);
        Require.withinLimit(ChronoUnit.DAYS.between(from, until), MAX_DAYS, "until", "days after from; split the export");
    }

    /**
     * The bound of one section, checked before the bundle is built.
     *
     * @param section the section ({@code registrations} or {@link ExchangeRecordKind#section()})
     * @param count   how many records of it the window holds (an exporter may stop counting at limit + 1)
     * @param limit   the most one bundle carries, at most {@link ExportBundle#MAX_RECORDS}
     * @throws LimitExceededException on {@code until} when {@code count > limit}
     */
    public void requireWithin(String section, long count, int limit) {
        Require.withinLimit(count, limit, "until", section + " in [" + from + ", " + until + "); narrow the period");
    }
}
