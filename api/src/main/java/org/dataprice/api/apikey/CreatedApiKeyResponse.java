package org.dataprice.api.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.security.Role;

import java.time.Instant;
import java.util.List;

/**
 * Answer to {@code POST /v1/api-keys}: the only time the key text is shown.
 *
 * @param id        the key id
 * @param name      what it is for
 * @param roles     the roles it grants
 * @param createdAt creation time
 * @param expiresAt expiry, absent for never
 * @param key       the key text to send in {@code X-API-KEY}; store it now, it cannot be shown again
 *                  (absent from an idempotent replay: the store never keeps it)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatedApiKeyResponse(String id, String name, List<Role> roles, Instant createdAt,
                                    @Nullable Instant expiresAt, @Nullable String key) {

    static CreatedApiKeyResponse from(ApiKeyService.CreatedKey created) {
        ApiKey k = created.key();
        return new CreatedApiKeyResponse(k.id(), k.name(), List.copyOf(ApiKeyService.roles(k)), k.createdAt(),
                k.expiresAt(), created.text());
    }
}
