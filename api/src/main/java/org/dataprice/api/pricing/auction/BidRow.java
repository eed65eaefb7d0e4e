package org.dataprice.api.pricing.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One bid of an auction (table {@code pricing_bid}); append-only, unique per (auction, seq).
 */
@MappedEntity("pricing_bid")
public record BidRow(@Id String id,
                     @MappedProperty("auction_id") String auctionId,
                     long seq,
                     @MappedProperty("bidder_id") String bidderId,
                     BigDecimal amount,
                     String currency,
                     @MappedProperty("bid_at") Instant bidAt) {
}
