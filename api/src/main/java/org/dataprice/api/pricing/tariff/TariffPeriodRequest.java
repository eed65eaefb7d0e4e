package org.dataprice.api.pricing.tariff;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A period of a tariff (ADMIN): cumulative volume bands, scenario discounts and the cap every band
 * price must respect, valid in [validFrom, validUntil), not overlapping another period.
 *
 * @param validFrom  start, inclusive
 * @param validUntil end, exclusive; after validFrom
 * @param cap        the product's price cap per unit; null for none
 * @param tiers      the bands: first from 0, strictly increasing starts (at most 10,000)
 * @param discounts  discounts d ∈ [0, 1] per supported scenario; may be empty
 */
@Serdeable
public record TariffPeriodRequest(@NotNull Instant validFrom,
                                  @NotNull Instant validUntil,
                                  @Nullable @Valid MoneyJson cap,
                                  @NotEmpty @Size(max = 10_000) List<@NotNull @Valid TierJson> tiers,
                                  @Nullable @Size(max = 1_000) List<@NotNull @Valid DiscountJson> discounts) {
    /**
     * @param fromVolume the band's lower volume
     * @param unitPrice  the unit price in the band, &ge; 0
     */
    @Serdeable
    public record TierJson(long fromVolume, @NotNull BigDecimal unitPrice) {
    }

    /**
     * @param scenario the supported scenario's name
     * @param discount d ∈ [0, 1]
     */
    @Serdeable
    public record DiscountJson(@NotBlank @Size(max = 200) String scenario, double discount) {
    }
}
