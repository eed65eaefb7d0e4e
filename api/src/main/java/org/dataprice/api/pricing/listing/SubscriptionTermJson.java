package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A subscription term of a fixed-price listing: {@code months} of access for {@code price} (the core
 * {@code SubscriptionTerm}).
 *
 * @param months 1..120
 * @param price  the price of the whole term in the quote's currency
 */
@Serdeable
public record SubscriptionTermJson(int months, @NotNull @Valid MoneyJson price) {
}
