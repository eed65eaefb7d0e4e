package org.dataprice.pricing.model;

import org.dataprice.error.Require;

/**
 * A model version offered at a noise variance δ for a price p (in currency units).
 *
 * @param variance the noise variance δ &gt; 0 (larger = less accurate)
 * @param price    the price p &ge; 0
 */
public record PricePoint(double variance, double price) {
    /** Validates. */
    public PricePoint {
        Require.positive(variance, "variance");
        Require.nonNegative(price, "price");
    }
}
