package org.dataprice.api.pricing.tariff;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * @param id         the period id
 * @param validFrom  start, inclusive
 * @param validUntil end, exclusive
 * @param cap        the cap checked against, or null
 * @param tiers      the bands
 * @param discounts  the scenario discounts
 * @param createdBy  who added it
 * @param createdAt  when
 */
@Serdeable
public record TariffPeriodResponse(String id, Instant validFrom, Instant validUntil, @Nullable MoneyJson cap,
                                   List<TariffPeriodRequest.TierJson> tiers,
                                   List<TariffPeriodRequest.DiscountJson> discounts, String createdBy,
                                   Instant createdAt) {
}
