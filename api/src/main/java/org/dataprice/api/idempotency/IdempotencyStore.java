package org.dataprice.api.idempotency;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The database side of {@link Idempotent}. The unique primary key of {@code idempotency_record} is
 * the lock: of several instances inserting the same (caller, key) at once, exactly one succeeds; the
 * others read the winner's record. Every statement runs in its own transaction (auto-commit), so a
 * claim is visible to every instance before the guarded method runs. Thread-safe.
 */
@Singleton
public class IdempotencyStore {
    /** SQLSTATE of a unique-constraint violation, the same on PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ATTEMPTS = 3;

    private final IdempotencyRepository repository;
    private final IdempotencyConfiguration configuration;

    /**
     * @param repository    the records
     * @param configuration retention and lock timeout
     */
    public IdempotencyStore(IdempotencyRepository repository, IdempotencyConfiguration configuration) {
        this.repository = repository;
        this.configuration = configuration;
    }

    /** What {@link #begin} found. */
    public sealed interface Outcome {
    }

    /** The caller holds the key and must run the request, then {@link #complete} or {@link #release}. */
    public record Started(String id) implements Outcome {
    }

    /** The key was used with this request before: answer with the stored response. */
    public record Replay(IdempotencyRecord record) implements Outcome {
    }

    /** The key is held by a request still running. */
    public record InFlight() implements Outcome {
    }

    /** The key was used with a different request. */
    public record Mismatch(IdempotencyRecord record) implements Outcome {
    }

    /**
     * Claims a key, or reports who has it.
     *
     * @param caller        the principal name
     * @param key           the Idempotency-Key header
     * @param method        the HTTP method
     * @param path          the request path
     * @param payloadSha256 the request fingerprint
     * @return the outcome
     */
    public Outcome begin(String caller, String key, String method, String path, String payloadSha256) {
        String id = recordId(caller, key);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Instant now = now();
            try {
                repository.save(new IdempotencyRecord(id, caller, key, method, path, payloadSha256,
                        IdempotencyRecord.IN_PROGRESS, null, null, null, now, null));
                return new Started(id);
            } catch (RuntimeException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
            }
            Optional<IdempotencyRecord> existing = repository.findById(id);
            if (existing.isEmpty()) {
                continue; // released in between: try to claim again
            }
            IdempotencyRecord found = existing.get();
            if (!found.payloadSha256().equals(payloadSha256)) {
                return new Mismatch(found);
            }
            if (IdempotencyRecord.COMPLETED.equals(found.state())) {
                return new Replay(found);
            }
            if (repository.takeOver(id, now, now.minus(configuration.getLockTimeout())) == 1) {
                return new Started(id);
            }
            return new InFlight();
        }
        return new InFlight();
    }

    /**
     * Stores the answer of a request that holds its key.
     *
     * @param id       the record id from {@link Started}
     * @param status   the HTTP status
     * @param location the Location header; may be null
     * @param body     the JSON body; may be null
     */
    public void complete(String id, int status, @Nullable String location, @Nullable String body) {
        repository.complete(id, status, location, body, now());
    }

    /**
     * Releases the key of a request that failed, so that it may be retried.
     *
     * @param id the record id from {@link Started}
     */
    public void release(String id) {
        repository.release(id);
    }

    /** @return the number of records older than the retention that were deleted */
    public long deleteExpired() {
        return repository.deleteCreatedBefore(now().minus(configuration.getRetention()));
    }

    /**
     * @param caller the principal name
     * @param key    the Idempotency-Key
     * @return the record id: SHA-256 hex of caller, a NUL byte and key
     */
    static String recordId(String caller, String key) {
        return sha256Hex((caller + '\0' + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes data
     * @return its SHA-256, lower-case hex
     */
    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
