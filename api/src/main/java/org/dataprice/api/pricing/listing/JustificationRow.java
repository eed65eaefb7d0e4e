package org.dataprice.api.pricing.listing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * The seller's justification of a flagged quote against one appraisal (table {@code pricing_justification}).
 */
@MappedEntity("pricing_justification")
public record JustificationRow(@Id @MappedProperty("appraisal_id") String appraisalId,
                               @MappedProperty("listing_id") String listingId,
                               @MappedProperty("seller_id") String sellerId,
                               String text,
                               @MappedProperty("created_at") Instant createdAt) {
}
