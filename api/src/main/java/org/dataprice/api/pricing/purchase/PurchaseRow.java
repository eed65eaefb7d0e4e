package org.dataprice.api.pricing.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A purchase from a FIXED_PRICE listing (table {@code pricing_purchase}, append-only): a volume priced by
 * the listing's cumulative tiers, or one subscription term.
 *
 * @param id          the purchase id (also the deal's {@code source_id})
 * @param listingId   the listing
 * @param sellerId    the listing's seller
 * @param buyerId     the caller
 * @param kind        {@code VOLUME} or {@code SUBSCRIPTION}
 * @param volume      units bought (VOLUME), else null
 * @param months      the term bought (SUBSCRIPTION), else null
 * @param fee         the total fee in {@code currency}
 * @param currency    ISO 4217 code
 * @param dealId      the deal recorded in {@code pricing_deal}
 * @param purchasedAt when
 */
@MappedEntity("pricing_purchase")
public record PurchaseRow(@Id String id,
                          @MappedProperty("listing_id") String listingId,
                          @MappedProperty("seller_id") String sellerId,
                          @MappedProperty("buyer_id") String buyerId,
                          String kind,
                          @Nullable Long volume,
                          @Nullable Integer months,
                          BigDecimal fee,
                          String currency,
                          @MappedProperty("deal_id") String dealId,
                          @MappedProperty("purchased_at") Instant purchasedAt) {
}
