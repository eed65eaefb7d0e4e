package org.dataprice.api.pricing.tariff;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A stored public-data tariff (table {@code pricing_tariff}); {@code version} guards period additions.
 *
 * @param id        the tariff id
 * @param productId the public-data product
 * @param currency  the fee currency
 * @param trial     true for a trial tariff (试行收费标准)
 * @param createdBy the ADMIN that created it
 * @param createdAt when
 * @param version   period additions so far
 */
@MappedEntity("pricing_tariff")
public record TariffRow(@Id String id, @MappedProperty("product_id") String productId, String currency, boolean trial,
                        @MappedProperty("created_by") String createdBy, @MappedProperty("created_at") Instant createdAt,
                        long version) {
}
