package org.dataprice.index.series;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The date at which a reader asks to see a series as it was known (ALFRED's real-time period: the
 * vintage in force on that date). Only today or a past date: a future date would name values not yet
 * known (Federal Reserve Bank of St. Louis, "ALFRED: Archival FRED", real-time periods). Immutable.
 *
 * <table>
 *   <caption>Edge cases of {@link #parse}</caption>
 *   <tr><th>text</th><th>result</th></tr>
 *   <tr><td>null or blank</td><td>today</td></tr>
 *   <tr><td>not {@code yyyy-MM-dd}</td><td>{@link Rule#INVALID_FORMAT} on {@code asOf}</td></tr>
 *   <tr><td>after today</td><td>{@link Rule#AT_MOST} on {@code asOf}, bound today</td></tr>
 * </table>
 *
 * @param date  the date asked; not null, not after {@code today}
 * @param today today's date in the index's zone; not null
 */
public record AsOfDate(LocalDate date, LocalDate today) {
    /** Validates. */
    public AsOfDate {
        Require.notNull(today, "today");
        Require.notNull(date, "asOf");
        Require.that(!date.isAfter(today), "asOf", date, Rule.AT_MOST, today);
    }

    /**
     * @param text  the date, {@code yyyy-MM-dd} (ISO 8601 calendar date), or null/blank for today
     * @param today today's date in the index's zone; not null
     * @return the date
     * @throws InvalidInputException on {@code asOf}: {@link Rule#INVALID_FORMAT}, {@link Rule#AT_MOST}
     */
    public static AsOfDate parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return new AsOfDate(today, today);
        }
        try {
            return new AsOfDate(LocalDate.parse(text), today);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", text, Rule.INVALID_FORMAT, "yyyy-MM-dd");
        }
    }
}
