package org.dataprice.api.pricing.tariff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A public-data tariff (ADMIN).
 *
 * @param productId the public-data product
 * @param currency  the fee currency (ISO 4217)
 * @param trial     true for a trial tariff (试行收费标准); default false
 */
@Serdeable
public record CreateTariffRequest(@NotBlank @Size(max = 200) String productId,
                                  @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                                  @Nullable Boolean trial) {
}
