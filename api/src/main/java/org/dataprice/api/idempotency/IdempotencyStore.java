package org.dataprice.api.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.transaction.WriteConflicts;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a state-changing request exactly once per (caller, {@code Idempotency-Key}), across crashes,
 * retries and service instances sharing one database.
 *
 * <h2>Protocol</h2>
 * The whole request is ONE write transaction that begins by inserting the key's row
 * ({@code idempotency_record}, primary key = SHA-256 of caller and key), runs the business work, and
 * ends by storing the answer in that same row; the business rows and the answer commit together or
 * not at all. Therefore:
 * <ul>
 *   <li>a crash (even {@code kill -9}) before the commit leaves nothing: the retry runs once;</li>
 *   <li>a crash after the commit leaves the answer: the retry replays it;</li>
 *   <li>a retry while the first is still running (a client timeout, another instance) meets the
 *       first's uncommitted row: its insert waits at most {@code in-flight-wait} for the first to
 *       finish — and then replays its answer — or answers 409 {@code idempotency-in-flight}. No
 *       key is ever "taken over" on age: an uncommitted row belongs to a live transaction (the
 *       database ends the transactions of a dead client), so two executions can never both commit.</li>
 * </ul>
 * A lost race inside the business work ({@link WriteConflicts#isRetryable}) rolls back everything,
 * the claim included, and the request is run again from the start, up to {@value #MAX_ATTEMPTS}
 * times (then 409 {@code conflict}). A failure or a non-2xx answer rolls back too, so nothing is
 * stored and the client may retry with the same key.
 *
 * <p>Source: the "atomic phases" design of Stripe's idempotency keys (B. Leach, <i>Implementing
 * Stripe-like Idempotency Keys in Postgres</i>, 2017), reduced to one phase because every effect of
 * a request here is a database write. Thread-safe; all state is in the database.
 */
@Singleton
public class IdempotencyStore {
    private final Clock clock;
    /** Attempts of a request that keeps losing write races before 409. */
    static final int MAX_ATTEMPTS = 5;
    private static final String PG_LOCK_NOT_AVAILABLE = "55P03";
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final IdempotencyRepository repository;
    private final IdempotencyConfiguration configuration;
    private final TransactionOperations<Connection> tx;

    /**
     * @param repository    the records
     * @param configuration retention and in-flight wait
     * @param tx            the transaction manager of the default datasource
     * @param clock the service clock
     */
    public IdempotencyStore(IdempotencyRepository repository, IdempotencyConfiguration configuration,
                            TransactionOperations<Connection> tx, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.configuration = configuration;
        this.tx = tx;
    }

    /**
     * One guarded request.
     *
     * @param caller        the principal name
     * @param key           the Idempotency-Key header
     * @param method        the HTTP method
     * @param path          the request path
     * @param payloadSha256 the request fingerprint
     */
    public record Request(String caller, String key, String method, String path, String payloadSha256) {
        /** @return the record id: SHA-256 hex of caller, a NUL byte and key */
        public String id() {
            return recordId(caller, key);
        }
    }

    /**
     * The answer to store with the key, computed inside the transaction from the work's result.
     *
     * @param status   the HTTP status (2xx)
     * @param location the Location header; may be null
     * @param body     the JSON body to replay; null when there is none or the replay re-reads the
     *                 resource at {@code location} (large answers are stored once, in their own tables)
     */
    public record Answer(int status, @Nullable String location, @Nullable String body) {
    }

    /** What {@link #execute} did. */
    public sealed interface Outcome<R> {
    }

    /**
     * The work ran; when it produced an answer, the answer committed with the work's rows.
     *
     * @param result the work's result
     */
    public record Executed<R>(R result) implements Outcome<R> {
    }

    /**
     * The key was used with this request before: answer with the stored response.
     *
     * @param record the stored record
     */
    public record Replay<R>(IdempotencyRecord record) implements Outcome<R> {
    }

    /**
     * The key is held by a request still running.
     */
    public record InFlight<R>() implements Outcome<R> {
    }

    /**
     * The key was used with a different request.
     *
     * @param record the stored record
     */
    public record Mismatch<R>(IdempotencyRecord record) implements Outcome<R> {
    }

    /**
     * Runs {@code work} exactly once for the request's key, or reports why not.
     *
     * @param request the guarded request
     * @param work    the business work; its writes join the transaction
     * @param answer  maps the work's result to the answer to store; empty means "not a success":
     *                the transaction is rolled back and nothing is stored
     * @param <R>     the work's result
     * @return the outcome
     */
    public <R> Outcome<R> execute(Request request, Supplier<R> work, Function<R, Optional<Answer>> answer) {
        String id = request.id();
        for (int attempt = 1; ; attempt++) {
            // Attempt 1 claims at once: almost every key is new, and a used key fails the claim's insert at once
            // (KeyTaken), after which it is read here. Reading first cost every write a query and a pooled connection
            // of its own for the rare retry (issue 14); the claim's primary key was and is the guard.
            Optional<IdempotencyRecord> existing = attempt == 1 ? Optional.empty() : repository.findById(id);
            if (existing.isPresent()) {
                IdempotencyRecord found = existing.get();
                return found.payloadSha256().equals(request.payloadSha256()) ? new Replay<>(found) : new Mismatch<>(found);
            }
            try {
                return tx.execute(TransactionDefinition.DEFAULT, status -> {
                    claim(status.getConnection(), request);
                    R result = work.get();
                    Optional<Answer> stored = answer.apply(result);
                    if (stored.isEmpty()) {
                        status.setRollbackOnly();
                    } else if (repository.complete(id, stored.get().status(), stored.get().location(),
                            stored.get().body(), now()) != 1) {
                        throw new IllegalStateException("idempotency claim " + id + " vanished inside its transaction");
                    }
                    return new Executed<>(result);
                });
            } catch (KeyHeld held) {
                return new InFlight<>();
            } catch (KeyTaken taken) {
                // committed before the claim (a retry of an answered request, or a concurrent one): read it
                if (attempt >= MAX_ATTEMPTS) {
                    return new InFlight<>();
                }
            } catch (RuntimeException e) {
                if (!WriteConflicts.isRetryable(e)) {
                    throw e;
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new ProblemException(ProblemType.CONFLICT, "The resources this request changes were changed "
                            + "concurrently " + MAX_ATTEMPTS + " times while it was applied; retry with the same "
                            + Idempotent.HEADER);
                }
            }
        }
    }

    /**
     * Inserts the key's row inside the open transaction. On PostgreSQL the insert waits for a
     * concurrent uncommitted holder at most {@code in-flight-wait} ({@code SET LOCAL lock_timeout},
     * reset afterwards so the business statements keep the server's setting); H2 waits its own
     * lock timeout.
     */
    private void claim(Connection connection, Request request) {
        boolean postgres = isPostgres(connection);
        try {
            if (postgres) {
                execute(connection, "SET LOCAL lock_timeout = " + Math.max(1, configuration.getInFlightWait().toMillis()));
            }
            repository.save(new IdempotencyRecord(request.id(), request.caller(), request.key(), request.method(),
                    request.path(), request.payloadSha256(), IdempotencyRecord.IN_PROGRESS, null, null, null, now(), null));
            if (postgres) {
                execute(connection, "SET LOCAL lock_timeout TO DEFAULT");
            }
        } catch (RuntimeException e) {
            if (WriteConflicts.isUniqueViolation(e)) {
                throw new KeyTaken();
            }
            if (WriteConflicts.hasSqlState(e, PG_LOCK_NOT_AVAILABLE, H2_LOCK_TIMEOUT)) {
                throw new KeyHeld();
            }
            throw e;
        }
    }

    private static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    private static boolean isPostgres(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database product name", e);
        }
    }

    /**
     * @param caller the principal name
     * @param key    the Idempotency-Key
     * @return the committed record of that key, if any
     */
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return repository.findById(recordId(caller, key));
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

    private Instant now() {
        return ServiceClock.now(clock);
    }

    /** The key's row is held by an uncommitted transaction: the first request is still running. */
    private static final class KeyHeld extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyHeld() {
            super(null, null, false, false);
        }
    }

    /** The key's row was committed by another request after this one looked. */
    private static final class KeyTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyTaken() {
            super(null, null, false, false);
        }
    }
}
