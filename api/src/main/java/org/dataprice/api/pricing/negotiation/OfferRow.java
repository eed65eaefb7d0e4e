package org.dataprice.api.pricing.negotiation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One offer of a negotiation (table {@code pricing_offer}); append-only, unique per (negotiation, round).
 */
@MappedEntity("pricing_offer")
public record OfferRow(@Id String id,
                       @MappedProperty("negotiation_id") String negotiationId,
                       @MappedProperty("round_no") int roundNo,
                       String proposer,
                       @MappedProperty("actor_id") String actorId,
                       BigDecimal price,
                       String currency,
                       @MappedProperty("licence_months") int licenceMonths,
                       String scope,
                       String frequency,
                       String delivery,
                       @MappedProperty("offered_at") Instant offeredAt) {
}
