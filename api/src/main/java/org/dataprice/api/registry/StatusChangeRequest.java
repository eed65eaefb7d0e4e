package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * A suspension, reinstatement or cancellation of a registration.
 *
 * @param reason why, at most 500 characters
 */
@Serdeable
public record StatusChangeRequest(@NotNull String reason) {
}
