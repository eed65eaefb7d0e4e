package org.dataprice.api.apikey;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.problem.DatabaseUnavailableException;
import org.dataprice.api.security.Role;

import java.time.Clock;
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
 * {@link #create}; afterwards only its salted hash is kept. Successful verifications are remembered
 * for a short TTL by {@link ApiKeyVerificationCache} (keyed by a hash of the text), which lets
 * recently verified callers keep using DB-free endpoints while the database is unreachable.
 * Thread-safe; all lasting state is in the database.
 */
@Singleton
public class ApiKeyService {
    private final Clock clock;
    private final ApiKeyRepository repository;
    private final ApiKeyVerificationCache verified;

    /**
     * @param repository the key store
     * @param verified   recently verified keys
     * @param clock the service clock
     */
    public ApiKeyService(ApiKeyRepository repository, ApiKeyVerificationCache verified, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.verified = verified;
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
     * Revokes a key: it stops authenticating at once on this instance, and on every other instance
     * within the verification cache TTL ({@code dataprice.security.api-key-cache-ttl}, 30 s by default).
     *
     * @param id the key id
     * @return whether the key exists (revoking a revoked key again is not an error)
     */
    public boolean revoke(String id) {
        long revoked = repository.revoke(id, now());
        verified.evict(id);
        if (revoked > 0) {
            return true;
        }
        return repository.existsById(id);
    }

    /**
     * Verifies a key text against the verification cache alone: no database, no blocking, so the caller may run it on
     * the event loop and go to {@link #authenticate} (on the blocking executor) only when this is empty (issue 14: a
     * cached caller no longer pays a thread hop per request).
     *
     * @param text the key text; may be null
     * @return the key when the text is well-formed, was verified within the cache TTL and is still active (not
     *         expired; a revoked key was evicted); empty otherwise, which says nothing about the key's validity
     */
    public Optional<ApiKey> authenticateCached(@Nullable String text) {
        if (ApiKeySecrets.parse(text) == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return verified.find(text).filter(key -> key.isActive(now));
    }

    /**
     * Verifies a key text as sent in {@code X-API-KEY}: first against the verification cache, then
     * against the database.
     *
     * @param text the key text; may be null
     * @return the key when the text is well-formed, known, matches, is not revoked and not expired
     * @throws DatabaseUnavailableException when the text is not in the cache and the database is
     *                                      unreachable (answered 503, not 401: the key may be valid)
     */
    public Optional<ApiKey> authenticate(@Nullable String text) {
        ApiKeySecrets.Parsed parsed = ApiKeySecrets.parse(text);
        if (parsed == null) {
            return Optional.empty();
        }
        Optional<ApiKey> cached = authenticateCached(text);
        if (cached.isPresent()) {
            return cached;
        }
        Instant now = clock.instant();
        Optional<ApiKey> key;
        try {
            key = repository.findById(parsed.id())
                    .filter(k -> ApiKeySecrets.matches(parsed.secret(), k.salt(), k.secretHash()))
                    .filter(k -> k.isActive(now));
        } catch (RuntimeException e) {
            if (DatabaseUnavailableException.isConnectionFailure(e)) {
                throw new DatabaseUnavailableException("The database is unreachable; the API key cannot be verified", e);
            }
            throw e;
        }
        if (key.isPresent()) {
            verified.put(text, key.get());
        } else {
            verified.forget(text);
        }
        return key;
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

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
