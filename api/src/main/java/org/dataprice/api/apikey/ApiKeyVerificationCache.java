package org.dataprice.api.apikey;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Context;
import org.dataprice.api.security.DurationSetting;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Recently verified API keys, so that a caller verified within the TTL is served without a database
 * round trip, and keeps being served while the database is unreachable.
 *
 * <ul>
 * <li>Keyed by {@code SHA-256(key text)}, never the text: a heap dump does not reveal keys.</li>
 * <li>Only successful verifications are cached, so unknown keys cannot fill it; at most
 *     {@code dataprice.security.api-key-cache-size} entries (default 10,000): when full, expired
 *     entries are dropped and, if still full, the new verification is not cached.</li>
 * <li>An entry lives {@code dataprice.security.api-key-cache-ttl} (default 30 s; 0 turns the cache
 *     off), measured on the monotonic clock. Revoking a key evicts it on this instance at once
 *     ({@link #evict(String)}); another instance keeps serving it for at most the TTL. The key's own
 *     expiry is checked on every use.</li>
 * </ul>
 * Read at start-up (a {@link Context} bean): a malformed setting stops start-up. Thread-safe.
 */
@Context
public class ApiKeyVerificationCache {
    private static final Duration MAX_TTL = Duration.ofMinutes(10);

    private record Entry(ApiKey key, long verifiedNanos) {
    }

    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    /**
     * @param ttl        how long a verification is trusted, e.g. {@code 30s}; 0 to 10m
     * @param maxEntries the most keys held, at least 1
     */
    @jakarta.inject.Inject
    public ApiKeyVerificationCache(@Value("${dataprice.security.api-key-cache-ttl:30s}") String ttl,
                                   @Value("${dataprice.security.api-key-cache-size:10000}") int maxEntries) {
        this(DurationSetting.parse("dataprice.security.api-key-cache-ttl", ttl, Duration.ZERO, MAX_TTL), maxEntries,
                System::nanoTime);
    }

    /**
     * @param ttl        how long a verification is trusted
     * @param maxEntries the most keys held
     * @param nanoTime   the monotonic clock, in nanoseconds
     */
    ApiKeyVerificationCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        if (maxEntries < 1) {
            throw new io.micronaut.context.exceptions.ConfigurationException(
                    "dataprice.security.api-key-cache-size is " + maxEntries + "; it must be at least 1");
        }
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** @return how long a verification is trusted */
    public Duration ttl() {
        return Duration.ofNanos(ttlNanos);
    }

    /**
     * @param text the key text as sent
     * @return the key verified for this exact text within the TTL
     */
    public Optional<ApiKey> find(String text) {
        if (ttlNanos == 0) {
            return Optional.empty();
        }
        ByteBuffer id = digest(text);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.verifiedNanos() >= ttlNanos) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    /**
     * Remembers a successful verification.
     *
     * @param text the key text as sent
     * @param key  the key it verified as
     */
    public void put(String text, ApiKey key) {
        if (ttlNanos == 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> now - e.verifiedNanos() >= ttlNanos);
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(digest(text), new Entry(key, now));
    }

    /**
     * Forgets every verification of a key (on revocation).
     *
     * @param keyId the key id
     */
    public void evict(String keyId) {
        entries.values().removeIf(e -> e.key().id().equals(keyId));
    }

    /**
     * Forgets one key text (it no longer verifies).
     *
     * @param text the key text as sent
     */
    public void forget(@Nullable String text) {
        if (text != null) {
            entries.remove(digest(text));
        }
    }

    /** @return the number of entries held */
    int size() {
        return entries.size();
    }

    private static ByteBuffer digest(String text) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
