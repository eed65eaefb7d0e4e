package org.dataprice.api.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /v1/indices/{id}/releases}: compute and publish the release of a period.
 *
 * @param period the month, {@code yyyy-MM}, a period of the release calendar
 * @param reason why (default {@code "monthly release <period>"})
 */
@Serdeable
public record ReleaseRequest(@NotBlank String period, @Nullable @Size(max = 500) String reason) {
}
