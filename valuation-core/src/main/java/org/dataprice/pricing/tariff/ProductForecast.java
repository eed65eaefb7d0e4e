package org.dataprice.pricing.tariff;

import org.dataprice.error.Require;

/**
 * A product of the public-data catalogue with its forecast volume and its weight in the allowed revenue.
 *
 * @param productId      the product; not blank
 * @param forecastVolume forecast units sold in the period (calls, items, months), &gt; 0
 * @param revenueWeight  the share weight of MAR allocated to the product (resources, labour), &gt; 0
 */
public record ProductForecast(String productId, long forecastVolume, double revenueWeight) {
    /** Validates. */
    public ProductForecast {
        Require.notBlank(productId, "productId");
        Require.atLeast(forecastVolume, 1L, "forecastVolume");
        Require.positive(revenueWeight, "revenueWeight");
    }
}
