package org.dataprice.index.transaction;

import java.time.YearMonth;

import org.dataprice.error.Require;

/**
 * One trade of a data product: what, when, at what unit price, how many units.
 *
 * @param productId the product identifier; not blank
 * @param period    the month of the trade; not null
 * @param price     the price per unit in the index currency, finite and &gt; 0
 * @param quantity  the units traded (licences, calls, records), finite and &gt; 0
 */
public record Transaction(String productId, YearMonth period, double price, double quantity) {
    /** The longest product id an index stores, in characters (the width of its column). */
    public static final int MAX_PRODUCT_ID = 100;

    /** Validates. */
    public Transaction {
        Require.notBlank(productId, "productId");
        Require.notNull(period, "period");
        Require.positive(price, "price");
        Require.positive(quantity, "quantity");
    }

    /** @return price × quantity, the expenditure */
    public double value() {
        return price * quantity;
    }
}
