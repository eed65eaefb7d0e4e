package org.dataprice.api.pricing.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.dataprice.pricing.tariff.TieredFeeSchedule;

/**
 * A purchase from a FIXED_PRICE listing: exactly one of {@code volume} (priced by the listing's
 * cumulative volume tiers) or {@code subscription} (one of its subscription terms).
 *
 * @param volume       units to buy, 1..10¹⁵ (else 400)
 * @param subscription the subscription term: its months (e.g. {@code "12"}) or its term id; at most 64
 *                     characters (else 400)
 */
@Serdeable
public record PurchaseRequest(@Nullable @Positive @Max(TieredFeeSchedule.MAX_VOLUME) Long volume,
                              @Nullable @Size(min = 1, max = 64) String subscription) {
}
