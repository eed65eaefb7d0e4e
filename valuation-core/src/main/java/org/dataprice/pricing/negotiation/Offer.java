package org.dataprice.pricing.negotiation;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A multi-issue offer: price, licence term, usage scope, update frequency and delivery mode.
 *
 * @param price         the price of the deal, &ge; 0; not null
 * @param licenceMonths the licence term in months, 1..1200
 * @param scope         the usage scope; not null
 * @param frequency     the update frequency; not null
 * @param delivery      the delivery mode; not null
 */
public record Offer(Money price, int licenceMonths, UsageScope scope, UpdateFrequency frequency,
        DeliveryMode delivery) {
    /** Validates. */
    public Offer {
        Require.notNull(price, "price");
        Require.that(!price.isNegative(), "price", price, Rule.AT_LEAST, 0);
        Require.inClosedRange(licenceMonths, 1, 1200, "licenceMonths");
        Require.notNull(scope, "scope");
        Require.notNull(frequency, "frequency");
        Require.notNull(delivery, "delivery");
    }
}
