package org.dataprice.api.pricing.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored appraisal of a listing with the band check of the quote (table {@code pricing_appraisal}); append-only.
 * An appraisal citing a stored valuation keeps the cited figures ({@code valuation_*}, V51; null otherwise):
 * {@code amount} is then the report's concluded value.
 */
@MappedEntity("pricing_appraisal")
public record AppraisalRow(@Id String id,
                           @MappedProperty("listing_id") String listingId,
                           String appraiser,
                           String method,
                           BigDecimal amount,
                           String currency,
                           BigDecimal beta,
                           @MappedProperty("band_lower") BigDecimal bandLower,
                           @MappedProperty("band_upper") BigDecimal bandUpper,
                           BigDecimal quote,
                           double deviation,
                           boolean flagged,
                           @MappedProperty("created_at") Instant createdAt,
                           @Nullable @MappedProperty("valuation_id") String valuationId,
                           @Nullable @MappedProperty("valuation_date") LocalDate valuationDate,
                           @Nullable @MappedProperty("valuation_firm") String valuationFirm,
                           @Nullable @MappedProperty("valuation_low") BigDecimal valuationLow,
                           @Nullable @MappedProperty("valuation_high") BigDecimal valuationHigh) {
}
