package org.dataprice.pricing.tariff;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * One product line of the annual disclosure (收费公示): cap, actual price, volume and revenue.
 *
 * @param productId   the product; not blank
 * @param cap         the cap; not null
 * @param actualPrice the actual unit price, ≤ cap
 * @param volume      the units sold, &ge; 0
 * @param revenue     the fees collected, &ge; 0
 * @param trial       true for a trial tariff
 */
public record DisclosureLine(String productId, Money cap, Money actualPrice, long volume, Money revenue,
        boolean trial) {
    /** Validates (actual price ≤ cap). */
    public DisclosureLine {
        Require.notBlank(productId, "productId");
        Require.notNull(cap, "cap");
        Require.notNull(actualPrice, "actualPrice");
        Require.that(actualPrice.compareTo(cap) <= 0, "actualPrice", actualPrice, Rule.AT_MOST, cap);
        Require.atLeast(volume, 0L, "volume");
        Require.notNull(revenue, "revenue");
        Require.that(!revenue.isNegative(), "revenue", revenue, Rule.AT_LEAST, 0);
    }
}
