package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The periods of an index's release calendar (发布日程) and its two rules: only a scheduled period is
 * released, and after the first release each release is the next scheduled period, without gaps (a
 * release racing ahead of the one before it could otherwise take its vintage number and leave the
 * skipped period unpublishable). CPI Manual 2020, publication and dissemination: a pre-announced release calendar. Immutable.
 *
 * @param periods the scheduled months; copied, sorted
 */
public record ReleaseSchedule(SortedSet<YearMonth> periods) {
    /** Validates and copies. */
    public ReleaseSchedule {
        periods = Collections.unmodifiableSortedSet(new TreeSet<>(Require.copyOf(periods, "periods")));
    }

    /**
     * @param period a month to release; not null
     * @throws org.dataprice.error.InvalidInputException {@code period}, {@code unknown} when not scheduled
     */
    public void requireScheduled(YearMonth period) {
        Require.notNull(period, "period");
        Require.that(periods.contains(period), "period", period, Rule.UNKNOWN, "a period of the release calendar " + periods);
    }

    /**
     * @param period       a month to release; not null
     * @param lastReleased the month of the latest release; null before the first
     * @throws org.dataprice.error.InvalidInputException {@code period}, {@code invalid-state} when it is not
     *                                                   the next scheduled month after {@code lastReleased}
     */
    public void requireNext(YearMonth period, YearMonth lastReleased) {
        Require.notNull(period, "period");
        if (lastReleased == null) {
            return;
        }
        YearMonth next = periods.tailSet(lastReleased.plusMonths(1)).stream().findFirst().orElse(null);
        Require.that(period.equals(next), "period", period, Rule.INVALID_STATE, "the next release in the calendar after "
                + lastReleased + " is " + (next == null ? "not scheduled" : next.toString()));
    }
}
