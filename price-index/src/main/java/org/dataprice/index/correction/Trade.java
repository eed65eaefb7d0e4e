package org.dataprice.index.correction;

import java.time.YearMonth;

import org.dataprice.error.Require;

/**
 * One stored trade of an index as a correction sees it: its identity in the store and its values.
 *
 * @param id        the trade's identity in the index's store; &gt; 0
 * @param productId the product; not blank
 * @param category  the product's index category, {@code ""} when the index has none; not null
 * @param period    the month of the trade; not null
 * @param price     the unit price in the index currency, finite and &gt; 0
 * @param quantity  the units, finite and &gt; 0
 */
public record Trade(long id, String productId, String category, YearMonth period, double price, double quantity) {
    /** Validates. */
    public Trade {
        Require.atLeast(id, 1L, "id");
        Require.notBlank(productId, "productId");
        Require.notNull(category, "category");
        Require.notNull(period, "period");
        Require.positive(price, "price");
        Require.positive(quantity, "quantity");
    }
}
