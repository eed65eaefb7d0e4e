package org.dataprice.api.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionOperations;
import org.dataprice.api.apikey.ApiKey;
import org.dataprice.api.apikey.ApiKeyRepository;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.IdempotencyConfiguration;
import org.dataprice.api.idempotency.IdempotencyRecord;
import org.dataprice.api.idempotency.IdempotencyRepository;
import org.dataprice.api.idempotency.IdempotencyStore;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

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

    private IdempotencyStore storeWith(Duration retention, Duration lockTimeout) {
        IdempotencyConfiguration configuration = new IdempotencyConfiguration();
        configuration.setRetention(retention);
        configuration.setLockTimeout(lockTimeout);
        return new IdempotencyStore(records, configuration);
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

    @Test
    void test_idempotency_claimThenInFlightThenReplay() {
        String caller = caller();
        IdempotencyStore.Outcome first = store.begin(caller, "k", "POST", "/x", "h1");
        assertThat(first).isInstanceOf(IdempotencyStore.Started.class);

        assertThat(store.begin(caller, "k", "POST", "/x", "h1")).isInstanceOf(IdempotencyStore.InFlight.class);

        String body = "{\"v\":\"" + "x".repeat(100_000) + "\"}";
        store.complete(((IdempotencyStore.Started) first).id(), 201, "/x/1", body);
        IdempotencyStore.Outcome replay = store.begin(caller, "k", "POST", "/x", "h1");
        assertThat(replay).isInstanceOf(IdempotencyStore.Replay.class);
        IdempotencyRecord record = ((IdempotencyStore.Replay) replay).record();
        assertThat(record.responseStatus()).isEqualTo(201);
        assertThat(record.responseLocation()).isEqualTo("/x/1");
        assertThat(record.responseBody()).isEqualTo(body);
        assertThat(record.state()).isEqualTo(IdempotencyRecord.COMPLETED);
        assertThat(record.completedAt()).isNotNull();
    }

    @Test
    void test_idempotency_differentPayloadIsMismatch() {
        String caller = caller();
        store.begin(caller, "k", "POST", "/x", "h1");

        assertThat(store.begin(caller, "k", "POST", "/x", "h2")).isInstanceOf(IdempotencyStore.Mismatch.class);
        assertThat(store.begin(caller(), "k", "POST", "/x", "h2"))
                .as("another caller's key space").isInstanceOf(IdempotencyStore.Started.class);
    }

    @Test
    void test_idempotency_releaseLetsTheKeyBeClaimedAgain() {
        String caller = caller();
        IdempotencyStore.Started started = (IdempotencyStore.Started) store.begin(caller, "k", "POST", "/x", "h");

        store.release(started.id());

        assertThat(store.begin(caller, "k", "POST", "/x", "h")).isInstanceOf(IdempotencyStore.Started.class);
    }

    @Test
    void test_idempotency_staleInFlightIsTakenOverOnce() throws Exception {
        String caller = caller();
        store.begin(caller, "k", "POST", "/x", "h");
        Thread.sleep(5);
        IdempotencyStore impatient = storeWith(Duration.ofHours(24), Duration.ofMillis(1));

        assertThat(impatient.begin(caller, "k", "POST", "/x", "h")).isInstanceOf(IdempotencyStore.Started.class);
        assertThat(store.begin(caller, "k", "POST", "/x", "h"))
                .as("fresh again for the default timeout").isInstanceOf(IdempotencyStore.InFlight.class);
    }

    @Test
    void test_idempotency_deleteExpired() {
        String caller = caller();
        store.begin(caller, "old", "POST", "/x", "h");

        assertThat(storeWith(Duration.ZERO, Duration.ofMinutes(1)).deleteExpired()).isPositive();
        assertThat(store.begin(caller, "old", "POST", "/x", "h")).isInstanceOf(IdempotencyStore.Started.class);
    }

    @Test
    void test_idempotency_uniqueConstraintAdmitsExactlyOneOfManyConcurrentClaims() throws Exception {
        String caller = caller();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<IdempotencyStore.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    return store.begin(caller, "race", "POST", "/x", "h");
                }));
            }
            go.countDown();
            int started = 0;
            for (Future<IdempotencyStore.Outcome> outcome : outcomes) {
                IdempotencyStore.Outcome o = outcome.get(60, TimeUnit.SECONDS);
                if (o instanceof IdempotencyStore.Started) {
                    started++;
                } else {
                    assertThat(o).isInstanceOf(IdempotencyStore.InFlight.class);
                }
            }
            assertThat(started).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
