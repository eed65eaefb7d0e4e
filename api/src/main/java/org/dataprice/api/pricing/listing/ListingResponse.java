package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A listing with its latest appraisal.
 *
 * @param id         the listing id
 * @param productId  the product
 * @param sellerId   the seller (the principal that created it)
 * @param category   the data category
 * @param use        the use scenario
 * @param unit       the pricing unit
 * @param mode       the listing mode
 * @param quote      the quote per unit
 * @param validFrom  start of validity
 * @param validUntil end of validity (exclusive)
 * @param createdAt  when it was stored
 * @param appraisal  the latest appraisal with its band check; null before the first
 * @param justification the seller's justification of a quote flagged by the latest appraisal; null when none
 * @param tradable   false while the latest appraisal flags the quote and the seller has not justified it
 *                   (negotiations and auctions are then refused)
 * @param volumeTiers   FIXED_PRICE volume tiers, in order (empty when none)
 * @param subscriptions FIXED_PRICE subscription terms, in order (empty when none)
 * @param registrationId the registration the listing cites (issue 16), or null
 */
@Serdeable
public record ListingResponse(String id, String productId, String sellerId, String category, String use, String unit,
                              String mode, MoneyJson quote, Instant validFrom, Instant validUntil, Instant createdAt,
                              @Nullable AppraisalResponse appraisal, @Nullable String justification,
                              boolean tradable, List<VolumeTierJson> volumeTiers,
                              List<SubscriptionTermJson> subscriptions, @Nullable String registrationId) {
}
