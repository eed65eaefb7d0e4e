package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A volume tier of a fixed-price listing: units from {@code fromVolume} on cost {@code unitPrice}
 * (cumulative bands; the core {@code VolumeTier}).
 *
 * @param fromVolume the first unit of the tier (the first tier starts at 0; strictly increasing)
 * @param unitPrice  the unit price in the quote's currency, at most the currency's minor units
 */
@Serdeable
public record VolumeTierJson(long fromVolume, @NotNull @Valid MoneyJson unitPrice) {
}
