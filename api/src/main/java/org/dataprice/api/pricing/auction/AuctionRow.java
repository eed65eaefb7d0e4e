package org.dataprice.api.pricing.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored state of an auction (table {@code pricing_auction}); {@code version} is the optimistic lock.
 */
@MappedEntity("pricing_auction")
public record AuctionRow(@Id String id,
                         @MappedProperty("listing_id") String listingId,
                         @MappedProperty("seller_id") String sellerId,
                         String format,
                         String currency,
                         @MappedProperty("start_price") BigDecimal startPrice,
                         @Nullable BigDecimal increment,
                         BigDecimal reserve,
                         @MappedProperty("rights_type") String rightsType,
                         Instant deadline,
                         boolean closed,
                         @MappedProperty("winner_id") @Nullable String winnerId,
                         @Nullable BigDecimal price,
                         @MappedProperty("updated_at") Instant updatedAt,
                         long version,
                         @MappedProperty("created_at") Instant createdAt) {
}
