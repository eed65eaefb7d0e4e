package org.dataprice.api.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One transaction sent as JSON to {@code POST /v1/indices/{id}/transactions}.
 *
 * @param productId the product id (at most 100 characters)
 * @param period    the month of the trade, {@code yyyy-MM}
 * @param price     the unit price, &gt; 0
 * @param quantity  the units, &gt; 0
 * @param category  the product's category code (required when the index has categories)
 */
@Serdeable
public record TransactionRequest(@NotBlank String productId, @NotBlank String period, @NotNull Double price,
                                 @NotNull Double quantity, @Nullable String category) {
}
