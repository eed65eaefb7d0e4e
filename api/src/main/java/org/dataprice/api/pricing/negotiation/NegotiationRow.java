package org.dataprice.api.pricing.negotiation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored state of a negotiation (table {@code pricing_negotiation}); {@code version} is the optimistic lock.
 */
@MappedEntity("pricing_negotiation")
public record NegotiationRow(@Id String id,
                             @MappedProperty("listing_id") String listingId,
                             @MappedProperty("seller_id") String sellerId,
                             @MappedProperty("buyer_id") String buyerId,
                             String status,
                             String turn,
                             Instant deadline,
                             @MappedProperty("max_rounds") int maxRounds,
                             @MappedProperty("updated_at") Instant updatedAt,
                             long version,
                             @MappedProperty("created_at") Instant createdAt) {
}
