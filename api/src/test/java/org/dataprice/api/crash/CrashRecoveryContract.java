package org.dataprice.api.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost and nothing is applied twice, across {@code kill -9}: the real jar
 * (child process, {@code -Xmx512m}) takes keyed writes of every kind from {@value #WRITERS} client
 * threads, is killed with SIGKILL at a random moment (seeded), restarted on the same store, and every
 * key is sent again. Asserted after {@value #ROUNDS} rounds:
 * <ul>
 *   <li>every key acknowledged before a crash answers its retry with the same id, marked replayed;</li>
 *   <li>every unanswered key's retry succeeds (it ran before the crash and is replayed, or it runs now);</li>
 *   <li>each kind's table holds exactly one row per key (plus the set-up rows), and every
 *       acknowledged id is among them — no write lost, none stored twice.</li>
 * </ul>
 * Subclasses choose the store.
 */
abstract class CrashRecoveryContract {
    static final int ROUNDS = 3;
    static final int WRITERS = 6;
    /** The seed of the kill times; printed so a failing run can be replayed. */
    static final long SEED = Long.getLong("dataprice.crash.seed", 20261205L);

    /**
     * @param workDir the service's working directory
     * @return the environment selecting the store
     */
    abstract Map<String, String> store(Path workDir);

    /**
     * @param workDir the service's working directory
     * @return a JDBC connection to the store (only called while no service runs, for H2)
     */
    abstract Connection connect(Path workDir) throws SQLException;

    @Test
    void test_killNine_acknowledgedWritesSurviveAndRetriesApplyOnce(@TempDir Path workDir) throws Exception {
        Random random = new Random(SEED);
        Workload workload = new Workload();
        Map<String, String> env = store(workDir);
        ServiceProcess service = ServiceProcess.start(workDir, env, "512m");
        try {
            workload.setUp(service.base());
            for (int round = 1; round <= ROUNDS; round++) {
                long killAfter = 1_500 + random.nextInt(2_000);
                Set<String> unanswered = load(service.base(), workload, killAfter, service);
                Map<String, String> acknowledgedBefore = Map.copyOf(workload.acknowledged);
                service = ServiceProcess.start(workDir, env, "512m");
                retryAll(service.base(), workload, acknowledgedBefore, unanswered);
                System.out.printf("crash round %d (seed %d): killed after %d ms; %d keys sent, %d acknowledged before "
                        + "the kill, %d unanswered%n", round, SEED, killAfter, workload.sent.size(),
                        acknowledgedBefore.size(), unanswered.size());
            }
        } finally {
            service.close();
        }
        assertEveryKeyStoredExactlyOnce(workDir, workload);
    }

    /** Streams writes until the kill; returns the keys that got no answer. */
    private static Set<String> load(URI base, Workload workload, long killAfterMillis, ServiceProcess service)
            throws InterruptedException {
        Set<String> unanswered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    Workload.Write write = workload.next();
                    Workload.Answer answer = workload.send(base, write, Duration.ofSeconds(10));
                    if (answer.status() == -1) {
                        unanswered.add(write.key());
                    } else if (!answer.ok()) {
                        throw new AssertionError(write.path() + " answered " + answer.status() + ": " + answer.body());
                    }
                }
                return null;
            });
        }
        Thread.sleep(killAfterMillis);
        stop.set(true); // the writers send nothing new: what is unanswered was in flight at the kill
        service.kill9();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return unanswered;
    }

    private static void retryAll(URI base, Workload workload, Map<String, String> acknowledgedBefore,
                                 Set<String> unanswered) {
        for (Workload.Write write : new ArrayList<>(workload.sent.values())) {
            Workload.Answer answer = retry(base, workload, write);
            assertThat(answer.ok()).as("retry of %s %s answered %d: %s", write.kind(), write.key(), answer.status(),
                    answer.body()).isTrue();
            String before = acknowledgedBefore.get(write.key());
            if (before != null) {
                assertThat(answer.id()).as("acknowledged %s %s keeps its id", write.kind(), write.key()).isEqualTo(before);
                assertThat(answer.replayed()).as("acknowledged %s %s is replayed", write.kind(), write.key()).isTrue();
            } else if (!unanswered.contains(write.key())) {
                assertThat(answer.replayed()).as("%s answered by now", write.key()).isTrue();
            }
        }
    }

    private static Workload.Answer retry(URI base, Workload workload, Workload.Write write) {
        Workload.Answer answer = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            answer = workload.send(base, write, Duration.ofSeconds(30));
            if (answer.status() != 409 && answer.status() != 503 && answer.status() != -1) {
                return answer;
            }
            ServiceProcess.sleep(250);
        }
        return answer;
    }

    private void assertEveryKeyStoredExactlyOnce(Path workDir, Workload workload) throws SQLException {
        Map<Workload.Kind, List<String>> keys = workload.keysByKind();
        try (Connection c = connect(workDir)) {
            for (Workload.Kind kind : Workload.Kind.values()) {
                int expected = keys.get(kind).size() + workload.setUpRows.getOrDefault(kind, 0);
                assertThat(count(c, kind.table)).as("rows of %s: one per key", kind.table).isEqualTo(expected);
                Set<String> ids = new HashSet<>();
                for (String key : keys.get(kind)) {
                    String id = workload.acknowledged.get(key);
                    assertThat(id).as("%s %s acknowledged at last", kind, key).isNotNull();
                    assertThat(ids.add(id)).as("%s id %s given to one key only", kind, id).isTrue();
                    assertThat(exists(c, kind.table, id)).as("%s %s is stored", kind, id).isTrue();
                }
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean exists(Connection c, String table, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
