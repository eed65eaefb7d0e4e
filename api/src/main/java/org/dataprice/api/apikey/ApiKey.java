package org.dataprice.api.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A stored API key. The secret itself is never stored: only {@code SHA-256(salt || secret)}.
 *
 * @param id         public identifier, also the first part of the key text
 * @param name       what the key is for, chosen by its creator
 * @param roles      comma-separated role names
 * @param salt       random salt, hex
 * @param secretHash SHA-256 of salt bytes followed by the secret's UTF-8 bytes, hex
 * @param createdAt  creation time
 * @param createdBy  the principal that created it
 * @param expiresAt  expiry; null when the key does not expire
 * @param revokedAt  revocation time; null while active
 */
@MappedEntity("api_key")
public record ApiKey(@Id String id,
                     String name,
                     String roles,
                     String salt,
                     @MappedProperty("secret_hash") String secretHash,
                     @MappedProperty("created_at") Instant createdAt,
                     @MappedProperty("created_by") String createdBy,
                     @MappedProperty("expires_at") @Nullable Instant expiresAt,
                     @MappedProperty("revoked_at") @Nullable Instant revokedAt) {

    /**
     * @param now the current time
     * @return whether the key may authenticate at {@code now}
     */
    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
