package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A registration (数据资产登记) by a REGISTRAR: the asset, the holders of the three rights and why.
 *
 * @param asset  the asset
 * @param rights the holders of each right
 * @param reason why it is registered (e.g. the application's number), at most 500 characters
 */
@Serdeable
public record RegisterRequest(@NotNull @Valid AssetJson asset, @NotNull @Valid RightsJson rights, @NotNull String reason) {
}
