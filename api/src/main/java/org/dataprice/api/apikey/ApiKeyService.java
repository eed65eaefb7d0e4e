package org.dataprice.api.apikey;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.dataprice.api.security.Role;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates, lists, revokes and verifies API keys. The key text exists only in the value returned by
 * {@link #create}; afterwards only its salted hash is kept. Thread-safe; all state is in the database.
 */
@Singleton
public class ApiKeyService {
    private final ApiKeyRepository repository;

    /**
     * @param repository the key store
     */
    public ApiKeyService(ApiKeyRepository repository) {
        this.repository = repository;
    }

    /**
     * A key just created, with its text, which is never available again.
     *
     * @param key  the stored key
     * @param text the full key text for the {@code X-API-KEY} header
     */
    public record CreatedKey(ApiKey key, String text) {
    }

    /**
     * @param name      what the key is for
     * @param roles     the roles it grants; not empty
     * @param expiresAt when it stops working; null for never
     * @param createdBy the principal creating it
     * @return the stored key and its text
     */
    public CreatedKey create(String name, Collection<Role> roles, @Nullable Instant expiresAt, String createdBy) {
        ApiKeySecrets.Generated generated = ApiKeySecrets.generate();
        ApiKey key = new ApiKey(generated.id(), name, joinRoles(roles), generated.salt(), generated.hash(),
                now(), createdBy, expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS), null);
        repository.save(key);
        return new CreatedKey(key, generated.text());
    }

    /** @return every key, revoked and expired ones included, oldest first */
    public List<ApiKey> list() {
        return repository.findAllOrderByCreatedAt();
    }

    /**
     * @param id the key id
     * @return the key, if it exists
     */
    public Optional<ApiKey> find(String id) {
        return repository.findById(id);
    }

    /**
     * Revokes a key: it stops authenticating at once, on every instance.
     *
     * @param id the key id
     * @return whether the key exists (revoking a revoked key again is not an error)
     */
    public boolean revoke(String id) {
        if (repository.revoke(id, now()) > 0) {
            return true;
        }
        return repository.existsById(id);
    }

    /**
     * Verifies a key text as sent in {@code X-API-KEY}.
     *
     * @param text the key text; may be null
     * @return the key when the text is well-formed, known, matches, is not revoked and not expired
     */
    public Optional<ApiKey> authenticate(@Nullable String text) {
        ApiKeySecrets.Parsed parsed = ApiKeySecrets.parse(text);
        if (parsed == null) {
            return Optional.empty();
        }
        return repository.findById(parsed.id())
                .filter(key -> ApiKeySecrets.matches(parsed.secret(), key.salt(), key.secretHash()))
                .filter(key -> key.isActive(Instant.now()));
    }

    /**
     * @param key a stored key
     * @return its roles
     */
    public static Set<Role> roles(ApiKey key) {
        if (key.roles().isEmpty()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(key.roles().split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String joinRoles(Collection<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
