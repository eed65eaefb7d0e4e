package org.dataprice.api.crash;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real service processes on ONE PostgreSQL schema, as behind a load balancer:
 * <ul>
 *   <li>the same keyed write sent to both at the same moment is applied once, and both answer with
 *       the same id (one runs it, the other replays it or says 409 until it can);</li>
 *   <li>a request slower than any time-out (held by a table lock), retried with its key on the
 *       other instance while it still runs, is answered 409 {@code idempotency-in-flight} — never
 *       run a second time — and, once the first commits, replayed with the first's id.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesPostgresIT {
    private PostgresSchema schema;
    private ServiceProcess a;
    private ServiceProcess b;
    private final Workload workload = new Workload();

    @BeforeAll
    void start(@TempDir Path dir) {
        schema = PostgresSchema.create("two");
        a = ServiceProcess.start(dir.resolve("a"), schema.serviceEnvironment(), "384m");
        b = ServiceProcess.start(dir.resolve("b"), schema.serviceEnvironment(), "384m");
        workload.setUp(a.base());
    }

    @AfterAll
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void test_sameKeyOnBothInstancesAtOnce_appliedOnceSameId() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Workload.Answer[]>> pairs = new ArrayList<>();
            List<Workload.Write> writes = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                Workload.Write write = workload.next();
                writes.add(write);
                CompletableFuture<Workload.Answer> onA = CompletableFuture.supplyAsync(() -> untilAnswered(a, write), pool);
                CompletableFuture<Workload.Answer> onB = CompletableFuture.supplyAsync(() -> untilAnswered(b, write), pool);
                pairs.add(onA.thenCombine(onB, (x, y) -> new Workload.Answer[]{x, y}));
            }
            int executed = 0;
            for (int i = 0; i < pairs.size(); i++) {
                Workload.Answer[] pair = pairs.get(i).get(120, TimeUnit.SECONDS);
                assertThat(pair[0].ok()).as(pair[0].body()).isTrue();
                assertThat(pair[1].ok()).as(pair[1].body()).isTrue();
                assertThat(pair[1].id()).as("both instances answer %s with one id", writes.get(i).key()).isEqualTo(pair[0].id());
                assertThat(pair[0].replayed() && pair[1].replayed()).as("one of the two ran it").isFalse();
                executed += (pair[0].replayed() ? 0 : 1) + (pair[1].replayed() ? 0 : 1);
            }
            assertThat(executed).as("each write executed exactly once").isEqualTo(writes.size());
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = schema.connect()) {
            for (Workload.Kind kind : Workload.Kind.values()) {
                long keys = workload.keysByKind().get(kind).size() + workload.setUpRows.getOrDefault(kind, 0);
                assertThat(count(c, kind.table)).as("rows of %s", kind.table).isEqualTo(keys);
            }
        }
    }

    @Test
    void test_slowRequestRetriedOnTheOtherInstance_isInFlightNeverTwice() throws Exception {
        Workload.Write settlement;
        do {
            settlement = workload.next();
        } while (settlement.kind() != Workload.Kind.SETTLEMENT);
        Workload.Write write = settlement;
        long before;
        try (Connection lock = schema.connect()) {
            before = count(lock, "split_settlement");
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("LOCK TABLE split_settlement IN ACCESS EXCLUSIVE MODE");
            }
            // the client gives up after 1 s; the service keeps working (blocked on the lock)
            assertThat(workload.send(a.base(), write, Duration.ofSeconds(1)).status()).isEqualTo(-1);
            ServiceProcess.sleep(1_500);
            for (ServiceProcess instance : List.of(b, a)) {
                Workload.Answer retry = workload.send(instance.base(), write, Duration.ofSeconds(10));
                assertThat(retry.status()).as(retry.body()).isEqualTo(409);
                assertThat(retry.body()).contains("idempotency-in-flight");
            }
            lock.commit();
        }
        Workload.Answer answer = untilAnswered(b, write);
        assertThat(answer.ok()).as(answer.body()).isTrue();
        assertThat(answer.replayed()).as("the first execution's answer").isTrue();
        try (Connection c = schema.connect()) {
            assertThat(count(c, "split_settlement")).as("one settlement for the key").isEqualTo(before + 1);
        }
    }

    private Workload.Answer untilAnswered(ServiceProcess instance, Workload.Write write) {
        Workload.Answer answer = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            answer = workload.send(instance.base(), write, Duration.ofSeconds(30));
            if (answer.status() != 409) {
                return answer;
            }
            ServiceProcess.sleep(100);
        }
        return answer;
    }

    private static long count(Connection c, String table) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
