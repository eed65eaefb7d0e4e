package org.dataprice.pricing.band;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A recent deal in a comparable product, with the price index level at the time of the deal so that
 * its price can be carried to today: p × I_now / I_deal.
 *
 * @param price      the deal's unit price, &gt; 0
 * @param indexLevel the market price index at the deal date, &gt; 0 (any base, e.g. 1000)
 * @param id         the deal's id, named in the explanation's carried-deal step; empty for an unnamed deal
 *                   (no step of its own); not null
 */
public record ComparableDeal(Money price, double indexLevel, String id) {
    /** Validates. */
    public ComparableDeal {
        Require.notNull(price, "price");
        Require.that(price.signum() > 0, "price", price, Rule.GREATER_THAN, 0);
        Require.positive(indexLevel, "indexLevel");
        Require.notNull(id, "id");
    }

    /**
     * An unnamed deal.
     *
     * @param price      the unit price, &gt; 0
     * @param indexLevel the index level at the deal date, &gt; 0
     */
    public ComparableDeal(Money price, double indexLevel) {
        this(price, indexLevel, "");
    }
}
