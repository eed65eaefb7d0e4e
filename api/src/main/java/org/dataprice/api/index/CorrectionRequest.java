package org.dataprice.api.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * A correction of one trade, sent to {@code POST /v1/indices/{id}/transactions/{transaction}/corrections}.
 * VOID takes no new values; AMEND takes at least one of productId, period, price, quantity (the others
 * keep the trade's values). Prices and quantities are plain decimals, bounded like a load's.
 *
 * @param action    VOID or AMEND (any case); another value is 422 listing them
 * @param reason    why (audit), at most 500 characters
 * @param productId AMEND: the new product, at most 100 characters
 * @param period    AMEND: the new month, {@code yyyy-MM}
 * @param price     AMEND: the new unit price, &gt; 0
 * @param quantity  AMEND: the new units, &gt; 0
 */
@Serdeable
public record CorrectionRequest(@NotBlank String action, @NotBlank String reason, @Nullable String productId,
                                @Nullable String period, @Nullable Double price, @Nullable Double quantity) {
}
