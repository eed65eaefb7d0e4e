package org.dataprice.api.pricing.negotiation;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;

/**
 * An offer on all five issues. {@code version}, when given, is the negotiation version the caller
 * saw: if the negotiation has moved on since, the answer is 409 instead of applying the offer to a
 * state the caller did not see.
 *
 * @param price         the price of the deal, &ge; 0
 * @param licenceMonths the licence term, 1..1200 months (422 otherwise)
 * @param scope         INTERNAL, DERIVED_PRODUCTS or REDISTRIBUTION
 * @param frequency     ONCE, MONTHLY, WEEKLY or DAILY
 * @param delivery      FILE, API or PRIVACY_COMPUTING
 * @param version       the expected version; null to apply to the current state
 */
@Serdeable
public record OfferRequest(@NotNull @Valid MoneyJson price,
                           int licenceMonths,
                           @NotNull UsageScope scope,
                           @NotNull UpdateFrequency frequency,
                           @NotNull DeliveryMode delivery,
                           @Nullable @Min(0) Long version) {
}
