package org.dataprice.api.pricing.auction;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One recorded bid.
 *
 * @param seq      1-based arrival order
 * @param bidderId the bidder
 * @param amount   the amount
 * @param at       when it was recorded
 */
@Serdeable
public record BidResponse(long seq, String bidderId, MoneyJson amount, Instant at) {
}
