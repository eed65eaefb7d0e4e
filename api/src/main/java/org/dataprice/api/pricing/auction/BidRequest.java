package org.dataprice.api.pricing.auction;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A bid; the bidder is the caller.
 *
 * @param amount the amount, in the auction's currency
 */
@Serdeable
public record BidRequest(@NotNull @Valid MoneyJson amount) {
}
