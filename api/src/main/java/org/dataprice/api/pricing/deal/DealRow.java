package org.dataprice.api.pricing.deal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A concluded deal in the comparable-transaction table (table {@code pricing_deal}), read by the market approach and the price index: product, category, date, unit price, quantity, currency and rights type.
 */
@MappedEntity("pricing_deal")
public record DealRow(@Id String id,
                      @MappedProperty("listing_id") String listingId,
                      @MappedProperty("product_id") String productId,
                      String category,
                      @MappedProperty("data_use") String dataUse,
                      @MappedProperty("pricing_unit") String pricingUnit,
                      @MappedProperty("rights_type") String rightsType,
                      String mode,
                      @MappedProperty("source_id") String sourceId,
                      @MappedProperty("seller_id") String sellerId,
                      @MappedProperty("buyer_id") String buyerId,
                      @MappedProperty("deal_date") LocalDate dealDate,
                      @MappedProperty("concluded_at") Instant concludedAt,
                      @MappedProperty("unit_price") BigDecimal unitPrice,
                      BigDecimal quantity,
                      @MappedProperty("total_price") BigDecimal totalPrice,
                      String currency) {
}
