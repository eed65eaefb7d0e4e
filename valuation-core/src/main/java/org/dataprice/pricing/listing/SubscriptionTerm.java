package org.dataprice.pricing.listing;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A subscription offer of a fixed-price listing: {@code months} of access for {@code price}.
 *
 * @param months the length of the term in months, 1..120
 * @param price  the price of the whole term, &ge; 0
 */
public record SubscriptionTerm(int months, Money price) {
    /** Validates. */
    public SubscriptionTerm {
        Require.inClosedRange(months, 1, 120, "months");
        Require.notNull(price, "price");
        Require.that(!price.isNegative(), "price", price, Rule.AT_LEAST, 0);
    }
}
