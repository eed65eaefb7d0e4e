package org.dataprice.index.series;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.util.List;

/**
 * The series of a published index that a reader asks for (指数系列选择): one of the index's series, the
 * first of them (the composite, by the publisher's order) when none is named. The same rule as an SDMX
 * key's dimension value, which must be a code of the dimension's code list (SDMX 2.1 Standards, Section 6,
 * "SDMX RESTful web services", key element). Immutable.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>{@code series} null</td><td>the first available series</td></tr>
 *   <tr><td>{@code series} not available</td><td>{@link Rule#UNKNOWN} on {@code series}, listing the available ones</td></tr>
 *   <tr><td>{@code available} empty</td><td>{@link Rule#EMPTY} on {@code available}</td></tr>
 * </table>
 *
 * @param series    the chosen series id; one of {@code available}, or null for the first of them
 * @param available the index's series ids, the composite first; not empty; copied
 */
public record SeriesChoice(String series, List<String> available) {
    /** Validates, copies and defaults. */
    public SeriesChoice {
        available = Require.nonEmptyCopy(available, "available");
        if (series == null) {
            series = available.get(0);
        }
        if (!available.contains(series)) {
            throw new InvalidInputException("series", series, Rule.UNKNOWN, available);
        }
    }
}
