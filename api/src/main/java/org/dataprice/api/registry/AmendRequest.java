package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An amendment of the registered asset (while ACTIVE or SUSPENDED); the rights are changed by transfers.
 *
 * @param asset  the asset as it is now
 * @param reason why, at most 500 characters
 */
@Serdeable
public record AmendRequest(@NotNull @Valid AssetJson asset, @NotNull String reason) {
}
