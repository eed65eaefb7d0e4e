package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /v1/registry/key-rotations}.
 *
 * @param reason why the key is rotated (kept with the rotation), 1 to 500 characters
 */
@Serdeable
public record KeyRotationRequest(@NotBlank @Size(max = 500) String reason) {
}
