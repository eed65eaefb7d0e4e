package org.dataprice.pricing.tariff;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A product's price cap (上限收费标准) with the forecast volume it was set for.
 *
 * @param productId      the product; not blank
 * @param cap            the highest allowed unit price, &ge; 0
 * @param forecastVolume the forecast volume, &ge; 1
 * @param trial          true for a trial tariff (试行收费标准, no full operating year yet)
 */
public record PriceCap(String productId, Money cap, long forecastVolume, boolean trial) {
    /** Validates. */
    public PriceCap {
        Require.notBlank(productId, "productId");
        Require.notNull(cap, "cap");
        Require.that(!cap.isNegative(), "cap", cap, Rule.AT_LEAST, 0);
        Require.atLeast(forecastVolume, 1L, "forecastVolume");
    }
}
