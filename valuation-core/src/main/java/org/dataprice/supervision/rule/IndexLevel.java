package org.dataprice.supervision.rule;

import java.time.YearMonth;
import org.dataprice.error.Require;

/**
 * One published level of the price index of a category (the {@code index_observation} the index module
 * releases), as the index-jump rule reads it.
 *
 * @param category the category; not blank
 * @param month    the month; not null
 * @param level    the index level, &gt; 0
 */
public record IndexLevel(String category, YearMonth month, double level) {
    /** Validates. */
    public IndexLevel {
        Require.notBlank(category, "category");
        Require.notNull(month, "month");
        Require.positive(level, "level");
    }
}
