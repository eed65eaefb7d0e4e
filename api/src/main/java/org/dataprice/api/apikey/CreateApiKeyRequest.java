package org.dataprice.api.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.api.security.Role;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /v1/api-keys}.
 *
 * @param name      what the key is for, 1 to 200 characters
 * @param roles     the roles it grants; at least one (duplicates are ignored)
 * @param expiresAt when it stops working (ISO-8601 instant, in the future); omitted for never
 */
@Serdeable
@Schema(name = "CreateApiKeyRequest")
public record CreateApiKeyRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty List<@NotNull Role> roles,
        @Nullable @Future Instant expiresAt) {
}
