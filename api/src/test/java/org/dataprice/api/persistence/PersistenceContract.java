package org.dataprice.api.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionOperations;
import org.dataprice.api.apikey.ApiKey;
import org.dataprice.api.apikey.ApiKeyRepository;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.IdempotencyCleanupJob;
import org.dataprice.api.idempotency.IdempotencyConfiguration;
import org.dataprice.api.idempotency.IdempotencyRecord;
import org.dataprice.api.idempotency.IdempotencyRepository;
import org.dataprice.api.idempotency.IdempotencyStore;
import org.dataprice.api.security.Role;
import org.dataprice.api.transaction.WriteConflict;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repositories and the idempotency store against a real database: the Flyway migrations, every
 * query, timestamp round trips, and the unique constraint used as a lock. Subclasses choose the
 * database; the same assertions hold on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {
    private ApplicationContext context;
    private ApiKeyService keys;
    private ApiKeyRepository keyRepository;
    private IdempotencyRepository records;
    private IdempotencyStore store;

    /** @return datasource properties */
    abstract Map<String, Object> database();

    /** @return the product name the database reports, e.g. "H2" */
    abstract String expectedProduct();

    @BeforeAll
    void start() {
        context = ApplicationContext.run(database(), "test");
        keys = context.getBean(ApiKeyService.class);
        keyRepository = context.getBean(ApiKeyRepository.class);
        records = context.getBean(IdempotencyRepository.class);
        store = context.getBean(IdempotencyStore.class);
        createProbeTable();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T sql(String query, Class<T> type) {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        return connections.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rs = statement.executeQuery(query)) {
                rs.next();
                return type.cast(type == String.class ? rs.getString(1) : (Object) rs.getLong(1));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private IdempotencyStore storeWith(Duration retention) {
        IdempotencyConfiguration configuration = new IdempotencyConfiguration();
        configuration.setRetention(retention);
        return new IdempotencyStore(records, configuration, context.getBean(TransactionOperations.class), java.time.Clock.systemUTC());
    }

    private static String caller() {
        return "caller-" + UUID.randomUUID();
    }

    @Test
    void test_migrations_applied() {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        String product = connections.executeRead(status -> {
            try {
                return status.getConnection().getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(product).isEqualTo(expectedProduct());
        assertThat(sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Long.class)).isGreaterThanOrEqualTo(2L);
        assertThat(sql("SELECT COUNT(*) FROM api_key", Long.class)).isNotNegative();
        assertThat(sql("SELECT COUNT(*) FROM idempotency_record", Long.class)).isNotNegative();
    }

    @Test
    void test_apiKey_roundTripsEveryColumn() {
        Instant expiry = Instant.parse("2099-12-31T23:59:59.123456Z");
        ApiKeyService.CreatedKey created = keys.create("round trip", EnumSet.of(Role.READER, Role.INDEX_PUBLISHER),
                expiry, "tester");

        ApiKey found = keyRepository.findById(created.key().id()).orElseThrow();

        assertThat(found).isEqualTo(created.key());
        assertThat(found.expiresAt()).isEqualTo(expiry);
        assertThat(ApiKeyService.roles(found)).containsExactly(Role.READER, Role.INDEX_PUBLISHER);
        assertThat(found.revokedAt()).isNull();
    }

    @Test
    void test_apiKey_authenticatesOnlyWithItsText() {
        String text = keys.create("auth", EnumSet.of(Role.ADMIN), null, "tester").text();

        assertThat(keys.authenticate(text)).isPresent();
        assertThat(keys.authenticate(text + "x")).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
    }

    @Test
    void test_apiKey_revokeOnceThenInactive() {
        ApiKeyService.CreatedKey created = keys.create("revoke", EnumSet.of(Role.ADMIN), null, "tester");
        String id = created.key().id();

        assertThat(keyRepository.revoke(id, Instant.now())).isEqualTo(1);
        assertThat(keyRepository.revoke(id, Instant.now())).isZero();
        assertThat(keys.revoke(id)).isTrue();
        assertThat(keys.revoke("ffffffffffffffff")).isFalse();
        assertThat(keys.authenticate(created.text())).isEmpty();
        assertThat(keyRepository.findById(id).orElseThrow().revokedAt()).isNotNull();
    }

    @Test
    void test_apiKey_listIsOldestFirst() {
        String first = keys.create("list-1", EnumSet.of(Role.READER), null, "tester").key().id();
        String second = keys.create("list-2", EnumSet.of(Role.READER), null, "tester").key().id();

        List<String> ids = keys.list().stream().map(ApiKey::id).toList();

        assertThat(ids).contains(first, second);
        assertThat(ids.indexOf(first)).isLessThan(ids.indexOf(second));
    }

    // ------------------------------------------------------------------------------ idempotency

    private static final AtomicInteger PROBE_IDS = new AtomicInteger();

    @SuppressWarnings("unchecked")
    private void createProbeTable() {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        connections.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS exactly_once_probe (id VARCHAR(64) PRIMARY KEY, caller VARCHAR(200))");
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A business write: one probe row for the caller, in whatever transaction is open. */
    @SuppressWarnings("unchecked")
    private void writeProbe(String caller) {
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        tx.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement(
                    "INSERT INTO exactly_once_probe (id, caller) VALUES (?, ?)")) {
                insert.setString(1, "p" + PROBE_IDS.incrementAndGet() + "-" + UUID.randomUUID());
                insert.setString(2, caller);
                insert.executeUpdate();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long probes(String caller) {
        return sql("SELECT COUNT(*) FROM exactly_once_probe WHERE caller = '" + caller + "'", Long.class);
    }

    private static IdempotencyStore.Request request(String caller, String key, String fingerprint) {
        return new IdempotencyStore.Request(caller, key, "POST", "/x", fingerprint);
    }

    private static Optional<IdempotencyStore.Answer> created(Object result) {
        return Optional.of(new IdempotencyStore.Answer(201, "/x/1", "{\"v\":\"" + result + "\"}"));
    }

    private IdempotencyStore.Outcome<String> run(IdempotencyStore on, String caller, String key, AtomicInteger runs) {
        return on.execute(request(caller, key, "h"), () -> {
            runs.incrementAndGet();
            writeProbe(caller);
            return "done";
        }, PersistenceContract::created);
    }

    @Test
    void test_idempotency_workAndAnswerCommitTogetherThenReplay() {
        String caller = caller();
        AtomicInteger runs = new AtomicInteger();
        String big = "x".repeat(100_000);

        IdempotencyStore.Outcome<String> first = store.execute(request(caller, "k", "h1"), () -> {
            runs.incrementAndGet();
            writeProbe(caller);
            return big;
        }, PersistenceContract::created);
        IdempotencyStore.Outcome<String> again = store.execute(request(caller, "k", "h1"), () -> {
            runs.incrementAndGet();
            writeProbe(caller);
            return "second";
        }, PersistenceContract::created);

        assertThat(first).isEqualTo(new IdempotencyStore.Executed<>(big));
        assertThat(again).isInstanceOf(IdempotencyStore.Replay.class);
        IdempotencyRecord record = ((IdempotencyStore.Replay<String>) again).record();
        assertThat(record.responseStatus()).isEqualTo(201);
        assertThat(record.responseLocation()).isEqualTo("/x/1");
        assertThat(record.responseBody()).isEqualTo("{\"v\":\"" + big + "\"}");
        assertThat(record.state()).isEqualTo(IdempotencyRecord.COMPLETED);
        assertThat(record.completedAt()).isNotNull();
        assertThat(runs).hasValue(1);
        assertThat(probes(caller)).isEqualTo(1);
    }

    @Test
    void test_idempotency_differentPayloadIsMismatch() {
        String caller = caller();
        AtomicInteger runs = new AtomicInteger();
        run(store, caller, "k", runs);

        assertThat(store.execute(request(caller, "k", "h2"), () -> "x", PersistenceContract::created))
                .isInstanceOf(IdempotencyStore.Mismatch.class);
        assertThat(run(store, caller(), "k", runs)).as("another caller's key space")
                .isInstanceOf(IdempotencyStore.Executed.class);
        assertThat(runs).hasValue(2);
    }

    @Test
    void test_idempotency_failedWorkRollsBackItsWritesAndTheKey() {
        String caller = caller();
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> store.execute(request(caller, "k", "h"), () -> {
            writeProbe(caller);
            throw new IllegalArgumentException("boom");
        }, PersistenceContract::created)).hasMessage("boom");
        assertThat(probes(caller)).as("the failed work's row").isZero();
        assertThat(store.find(caller, "k")).isEmpty();

        assertThat(run(store, caller, "k", runs)).isInstanceOf(IdempotencyStore.Executed.class);
        assertThat(probes(caller)).isEqualTo(1);
    }

    @Test
    void test_idempotency_nonSuccessAnswerRollsBackAndStoresNothing() {
        String caller = caller();

        IdempotencyStore.Outcome<String> outcome = store.execute(request(caller, "k", "h"), () -> {
            writeProbe(caller);
            return "rejected";
        }, result -> Optional.empty());

        assertThat(outcome).isEqualTo(new IdempotencyStore.Executed<>("rejected"));
        assertThat(probes(caller)).isZero();
        assertThat(store.find(caller, "k")).isEmpty();
    }

    @Test
    void test_idempotency_retryWhileRunningIsInFlightAndNeverRunsTwice() throws Exception {
        String caller = caller();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<IdempotencyStore.Outcome<String>> slow = pool.submit(() -> store.execute(request(caller, "k", "h"), () -> {
                runs.incrementAndGet();
                writeProbe(caller);
                entered.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            }, PersistenceContract::created));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

            // far longer than any in-flight wait: no take-over on age, ever
            assertThat(run(store, caller, "k", runs)).isInstanceOf(IdempotencyStore.InFlight.class);
            assertThat(run(store, caller, "k", runs)).isInstanceOf(IdempotencyStore.InFlight.class);

            release.countDown();
            assertThat(slow.get(60, TimeUnit.SECONDS)).isEqualTo(new IdempotencyStore.Executed<>("slow"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(run(store, caller, "k", runs)).isInstanceOf(IdempotencyStore.Replay.class);
        assertThat(runs).hasValue(1);
        assertThat(probes(caller)).isEqualTo(1);
    }

    @Test
    void test_idempotency_lostWriteRaceRerunsTheWholeWork() {
        String caller = caller();
        AtomicInteger runs = new AtomicInteger();

        IdempotencyStore.Outcome<String> outcome = store.execute(request(caller, "k", "h"), () -> {
            writeProbe(caller);
            if (runs.incrementAndGet() < 3) {
                throw new WriteConflict("version moved");
            }
            return "third time";
        }, PersistenceContract::created);

        assertThat(outcome).isEqualTo(new IdempotencyStore.Executed<>("third time"));
        assertThat(runs).hasValue(3);
        assertThat(probes(caller)).as("only the committed attempt's row").isEqualTo(1);
    }

    @Test
    void test_idempotency_deleteExpired() {
        String caller = caller();
        AtomicInteger runs = new AtomicInteger();
        run(store, caller, "old", runs);

        assertThat(storeWith(Duration.ZERO).deleteExpired()).isPositive();
        assertThat(run(store, caller, "old", runs)).isInstanceOf(IdempotencyStore.Executed.class);
    }

    @Test
    void test_idempotency_cleanupJobDeletesExpiredRecords() {
        String caller = caller();
        run(store, caller, "job", new AtomicInteger());

        new IdempotencyCleanupJob(storeWith(Duration.ZERO)).run();

        assertThat(store.find(caller, "job")).isEmpty();
    }

    @Test
    void test_idempotency_exactlyOneOfManyConcurrentRequestsRuns() throws Exception {
        String caller = caller();
        AtomicInteger runs = new AtomicInteger();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<IdempotencyStore.Outcome<String>>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    return run(store, caller, "race", runs);
                }));
            }
            go.countDown();
            int executed = 0;
            for (Future<IdempotencyStore.Outcome<String>> outcome : outcomes) {
                IdempotencyStore.Outcome<String> o = outcome.get(60, TimeUnit.SECONDS);
                if (o instanceof IdempotencyStore.Executed) {
                    executed++;
                } else {
                    assertThat(o).isInstanceOfAny(IdempotencyStore.InFlight.class, IdempotencyStore.Replay.class);
                }
            }
            assertThat(executed).isEqualTo(1);
            assertThat(runs).hasValue(1);
            assertThat(probes(caller)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
