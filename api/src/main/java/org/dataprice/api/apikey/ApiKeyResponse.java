package org.dataprice.api.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.security.Role;

import java.time.Instant;
import java.util.List;

/**
 * An API key as listed: never its secret.
 *
 * @param id        the key id
 * @param name      what it is for
 * @param roles     the roles it grants
 * @param createdAt creation time
 * @param createdBy the principal that created it
 * @param expiresAt expiry, absent for never
 * @param revokedAt revocation time, absent while not revoked
 * @param active    whether it authenticates now
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyResponse(String id, String name, List<Role> roles, Instant createdAt, String createdBy,
                             @Nullable Instant expiresAt, @Nullable Instant revokedAt, boolean active) {

    /**
     * @param key a stored key
     * @param now the current time
     * @return its view
     */
    static ApiKeyResponse from(ApiKey key, Instant now) {
        return new ApiKeyResponse(key.id(), key.name(), List.copyOf(ApiKeyService.roles(key)), key.createdAt(),
                key.createdBy(), key.expiresAt(), key.revokedAt(), key.isActive(now));
    }
}
