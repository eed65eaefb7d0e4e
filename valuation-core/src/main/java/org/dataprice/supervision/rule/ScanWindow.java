package org.dataprice.supervision.rule;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.LocalDate;

/**
 * The bounds of one batch run over stored records (a scan, a pattern search, a concentration table): a date window
 * [from, to] of at most {@value #MAX_DAYS} days and at most {@link #maxDeals} records — deals, or the auctions,
 * negotiations or quotes that a screen reads, named by {@link #items} in the refusal — so that every request's time
 * and memory are bounded; a busier window must be split.
 *
 * @param from     the first date, inclusive; not null
 * @param to       the last date, inclusive, not before {@code from}; not null
 * @param maxDeals the most records read, &ge; 1
 * @param items    what the records are, plural, as the refusal names them ({@code "deals"}, {@code "auctions"},
 *                 ...); not blank
 */
public record ScanWindow(LocalDate from, LocalDate to, int maxDeals, String items) {
    /** The longest window, in days (two years and a day, so that month-over-month figures span a full year). */
    public static final int MAX_DAYS = 732;

    /** Validates: {@code from}, {@code to} present, ordered and at most {@value #MAX_DAYS} days apart. */
    public ScanWindow {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        Require.that(!to.isBefore(from), "to", to, Rule.AT_LEAST, from);
        Require.that(!to.isAfter(from.plusDays(MAX_DAYS - 1L)), "to", to, Rule.AT_MOST, from.plusDays(MAX_DAYS - 1L));
        Require.atLeast(maxDeals, 1, "maxDeals");
        Require.notBlank(items, "items");
    }

    /**
     * A window over deals.
     *
     * @param from     the first deal date, inclusive
     * @param to       the last deal date, inclusive
     * @param maxDeals the most deals read
     */
    public ScanWindow(LocalDate from, LocalDate to, int maxDeals) {
        this(from, to, maxDeals, "deals");
    }

    /**
     * Refuses a window with more records than the bound (the service reads {@code maxDeals + 1} rows to tell).
     *
     * @param deals the records read
     * @throws org.dataprice.error.LimitExceededException on {@code to} when {@code deals > maxDeals}, the message
     *         naming {@link #items}
     */
    public void requireWithinLimit(int deals) {
        Require.withinLimit(deals, maxDeals, "to", "split the window: more than " + maxDeals + " " + items + " from "
                + from);
    }
}
