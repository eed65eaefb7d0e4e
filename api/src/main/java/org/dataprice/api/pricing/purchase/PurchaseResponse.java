package org.dataprice.api.pricing.purchase;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored purchase and the deal it recorded.
 *
 * @param id          the purchase id
 * @param listingId   the listing
 * @param sellerId    the listing's seller
 * @param buyerId     the caller
 * @param kind        {@code VOLUME} or {@code SUBSCRIPTION}
 * @param volume      units bought (VOLUME), else null
 * @param months      the term bought (SUBSCRIPTION), else null
 * @param fee         the total fee
 * @param unitPrice   the deal's unit price: fee / volume (half-even to the minor unit), or the term's price
 * @param quantity    the deal's quantity: the volume, or 1 for a subscription
 * @param dealId      the deal in {@code pricing_deal}
 * @param purchasedAt when
 */
@Serdeable
public record PurchaseResponse(String id, String listingId, String sellerId, String buyerId, String kind,
                               @Nullable Long volume, @Nullable Integer months, MoneyJson fee, MoneyJson unitPrice,
                               BigDecimal quantity, String dealId, Instant purchasedAt) {
}
