package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * 撤回 — the grantor revokes a data authorisation from now on.
 *
 * @param reason why, at most 500 characters
 */
@Serdeable
public record RevocationRequest(@NotNull String reason) {
}
