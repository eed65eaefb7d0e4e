package org.dataprice.api.pricing.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored listing (table {@code pricing_listing}); the seller is the principal that created it.
 */
@MappedEntity("pricing_listing")
public record ListingRow(@Id String id,
                         @MappedProperty("product_id") String productId,
                         @MappedProperty("seller_id") String sellerId,
                         String category,
                         @MappedProperty("data_use") String dataUse,
                         @MappedProperty("pricing_unit") String pricingUnit,
                         String mode,
                         BigDecimal quote,
                         String currency,
                         @MappedProperty("valid_from") Instant validFrom,
                         @MappedProperty("valid_until") Instant validUntil,
                         @MappedProperty("created_at") Instant createdAt) {
}
