package org.dataprice.api.pricing.negotiation;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One recorded offer.
 *
 * @param round         0-based round (the core's numbering)
 * @param proposer      SELLER or BUYER
 * @param actorId       the principal that proposed
 * @param price         the price
 * @param licenceMonths the licence term
 * @param scope         the usage scope (the deal's rights type)
 * @param frequency     the update frequency
 * @param delivery      the delivery mode
 * @param at            when it was recorded
 */
@Serdeable
public record OfferResponse(int round, String proposer, String actorId, MoneyJson price, int licenceMonths,
                            String scope, String frequency, String delivery, Instant at) {
}
