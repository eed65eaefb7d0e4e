package org.dataprice.api.pricing.tariff;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * @param id        the tariff id
 * @param productId the public-data product
 * @param currency  the fee currency
 * @param trial     true for a trial tariff
 * @param createdBy the ADMIN that created it
 * @param createdAt when
 * @param periods   its periods by start
 */
@Serdeable
public record TariffResponse(String id, String productId, String currency, boolean trial, String createdBy,
                             Instant createdAt, List<TariffPeriodResponse> periods) {
}
