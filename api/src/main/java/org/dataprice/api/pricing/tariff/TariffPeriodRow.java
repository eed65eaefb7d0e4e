package org.dataprice.api.pricing.tariff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored tariff period (table {@code pricing_tariff_period}); append-only.
 *
 * @param id         the period id
 * @param tariffId   the tariff
 * @param validFrom  start, inclusive
 * @param validUntil end, exclusive
 * @param cap        the price cap every band price was checked against; null when none was given
 * @param tiers      the bands as JSON
 * @param discounts  the scenario discounts as JSON
 * @param createdBy  the ADMIN that added it
 * @param createdAt  when
 */
@MappedEntity("pricing_tariff_period")
public record TariffPeriodRow(@Id String id, @MappedProperty("tariff_id") String tariffId,
                              @MappedProperty("valid_from") Instant validFrom,
                              @MappedProperty("valid_until") Instant validUntil, @Nullable BigDecimal cap,
                              String tiers, String discounts, @MappedProperty("created_by") String createdBy,
                              @MappedProperty("created_at") Instant createdAt) {
}
