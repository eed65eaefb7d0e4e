package org.dataprice.api.pricing.negotiation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A negotiation and its offer log.
 *
 * @param id        the negotiation id
 * @param listingId the listing
 * @param sellerId  the seller
 * @param buyerId   the buyer
 * @param status    OPEN, AGREED, WITHDRAWN or EXPIRED
 * @param turn      who acts next
 * @param deadline  the deadline
 * @param maxRounds the largest number of offers
 * @param version   transitions applied (the optimistic lock)
 * @param updatedAt the last transition
 * @param offers    the offers, in order
 * @param dealId    the deal concluded by an acceptance; null otherwise
 */
@Serdeable
public record NegotiationResponse(String id, String listingId, String sellerId, String buyerId, String status,
                                  String turn, Instant deadline, int maxRounds, long version, Instant updatedAt,
                                  List<OfferResponse> offers, @Nullable String dealId) {
}
