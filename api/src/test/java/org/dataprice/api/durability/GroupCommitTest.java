package org.dataprice.api.durability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionOperations;
import org.dataprice.api.problem.DatabaseUnavailableException;
import org.dataprice.api.transaction.Transactions;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link GroupCommit} on an embedded H2 file store: a write's commit is in the store's file when the write returns
 * (no unsaved change is left although H2's write delay is 500 ms), read-only work does not write the store, nested
 * work waits once, concurrent writers share store writes, and a store that cannot be written is never reported as
 * written.
 */
class GroupCommitTest {

    private static Map<String, Object> properties(Path dir, boolean groupCommit) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        props.put("datasources.default.maximum-pool-size", 10);
        props.put("dataprice.store.group-commit", groupCommit);
        return props;
    }

    private static MVStore mvStore(ConnectionOperations<Connection> connections) {
        return connections.executeRead(status -> {
            try {
                return ((SessionLocal) status.getConnection().unwrap(JdbcConnection.class).getSession())
                        .getDatabase().getStore().getMvStore();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_write_isInTheFileWhenItReturns_readsAndNestedWorkDoNotWriteAgain(@TempDir Path dir) {
        try (ApplicationContext context = ApplicationContext.run(properties(dir, true), "test")) {
            GroupCommit groupCommit = context.getBean(DurableCommitCheck.class).groupCommit().orElseThrow();
            ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
            Transactions transactions = context.getBean(Transactions.class);
            MVStore store = mvStore(connections);
            transactions.write(() -> connections.execute(io.micronaut.data.connection.ConnectionDefinition.DEFAULT,
                    status -> {
                        execute(status.getConnection(), "CREATE TABLE gc_probe(id BIGINT PRIMARY KEY, v VARCHAR(20))");
                        return null;
                    }));

            for (int i = 0; i < 20; i++) {
                long id = i;
                long commitsBefore = groupCommit.commits();
                transactions.write(() -> connections.execute(io.micronaut.data.connection.ConnectionDefinition.DEFAULT,
                        status -> {
                            execute(status.getConnection(), "INSERT INTO gc_probe VALUES (" + id + ", 'x')");
                            return null;
                        }));
                assertThat(store.hasUnsavedChanges()).as("write %d left in memory only", i).isFalse();
                assertThat(groupCommit.commits()).as("the nested unit waits with its transaction, once")
                        .isEqualTo(commitsBefore + 1);
            }

            long commits = groupCommit.commits();
            long writes = groupCommit.storeWrites();
            Long count = transactions.read(() -> connections.execute(io.micronaut.data.connection.ConnectionDefinition.DEFAULT,
                    status -> {
                        try (Statement s = status.getConnection().createStatement();
                             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM gc_probe")) {
                            rs.next();
                            return rs.getLong(1);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
            assertThat(count).isEqualTo(20L);
            assertThat(groupCommit.commits()).as("a read-only transaction does not wait").isEqualTo(commits);
            assertThat(groupCommit.storeWrites()).isEqualTo(writes);
            assertThat(context.getBean(MeterRegistry.class).find(DurableCommitCheck.STORE_WRITES_METRIC)
                    .functionCounter()).isNotNull();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_concurrentWriters_shareStoreWrites_andEveryAcknowledgedRowIsInTheFileAfterReopening(@TempDir Path dir)
            throws Exception {
        int threads = 8;
        int perThread = 150;
        long commits;
        long writes;
        try (ApplicationContext context = ApplicationContext.run(properties(dir, true), "test")) {
            GroupCommit groupCommit = context.getBean(DurableCommitCheck.class).groupCommit().orElseThrow();
            ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
            connections.executeWrite(status -> {
                execute(status.getConnection(), "CREATE TABLE gc_rows(id BIGINT PRIMARY KEY)");
                return null;
            });
            long commitsBefore = groupCommit.commits();
            long writesBefore = groupCommit.storeWrites();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        long id = (long) thread * perThread + i;
                        connections.executeWrite(status -> {
                            try (PreparedStatement insert = status.getConnection()
                                    .prepareStatement("INSERT INTO gc_rows VALUES (?)")) {
                                insert.setLong(1, id);
                                insert.executeUpdate();
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                            return null;
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            commits = groupCommit.commits() - commitsBefore;
            writes = groupCommit.storeWrites() - writesBefore;
        }
        assertThat(commits).isEqualTo((long) threads * perThread);
        assertThat(writes).as("store writes for %d concurrent commits", commits).isLessThan(commits);

        try (Connection reopened = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
             Statement s = reopened.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM gc_rows")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo((long) threads * perThread);
            assertThat(rs.getLong(2)).isEqualTo((long) threads * perThread);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_writeDelay_is500WithGroupCommit_and0WithoutIt(@TempDir Path dir) {
        for (boolean on : new boolean[]{true, false}) {
            Path store = dir.resolve(on ? "on" : "off");
            try (ApplicationContext context = ApplicationContext.run(properties(store, on), "test")) {
                ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
                String writeDelay = connections.executeRead(status -> {
                    try (Statement s = status.getConnection().createStatement();
                         ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                                 + "WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                        return rs.next() ? rs.getString(1) : null;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                assertThat(writeDelay).isEqualTo(on ? "500" : "0");
                assertThat(context.getBean(DurableCommitCheck.class).groupCommit().isPresent()).isEqualTo(on);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_syncCommits_flushTheDeviceOncePerStoreWrite_andNeedGroupCommit(@TempDir Path dir) {
        Map<String, Object> props = properties(dir.resolve("synced"), true);
        props.put("dataprice.store.sync-commits", true);
        try (ApplicationContext context = ApplicationContext.run(props, "test")) {
            GroupCommit groupCommit = context.getBean(DurableCommitCheck.class).groupCommit().orElseThrow();
            ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
            long syncsBefore = groupCommit.syncs();
            long writesBefore = groupCommit.storeWrites();
            connections.executeWrite(status -> {
                execute(status.getConnection(), "CREATE TABLE gc_synced(id BIGINT PRIMARY KEY)");
                return null;
            });
            for (int i = 0; i < 5; i++) {
                long id = i;
                connections.executeWrite(status -> {
                    execute(status.getConnection(), "INSERT INTO gc_synced VALUES (" + id + ")");
                    return null;
                });
            }
            assertThat(groupCommit.storeWrites() - writesBefore).isEqualTo(6);
            assertThat(groupCommit.syncs() - syncsBefore).isEqualTo(6);
            assertThat(context.getBean(MeterRegistry.class).find(DurableCommitCheck.STORE_SYNCS_METRIC)
                    .functionCounter().count()).isEqualTo((double) groupCommit.syncs());
        }

        Map<String, Object> without = properties(dir.resolve("refused"), false);
        without.put("dataprice.store.sync-commits", true);
        assertThatThrownBy(() -> ApplicationContext.run(without, "test").close())
                .hasStackTraceContaining("dataprice.store.sync-commits=true needs dataprice.store.group-commit=true");
    }

    @Test
    void test_withoutSync_noDeviceFlush(@TempDir Path dir) {
        try (ApplicationContext context = ApplicationContext.run(properties(dir, true), "test")) {
            GroupCommit groupCommit = context.getBean(DurableCommitCheck.class).groupCommit().orElseThrow();
            groupCommit.awaitWritten();
            assertThat(groupCommit.syncs()).isZero();
        }
    }

    @Test
    void test_inMemoryStore_hasNoGroupCommit() {
        try (ApplicationContext context = ApplicationContext.run("test")) {
            assertThat(context.getBean(DurableCommitCheck.class).groupCommit()).isEmpty();
        }
    }

    @Test
    void test_closedStore_isNeverReportedAsWritten(@TempDir Path dir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("closed"), "sa", "")) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            GroupCommit groupCommit = new GroupCommit(store);
            groupCommit.awaitWritten();
            store.closeImmediately();

            assertThatThrownBy(groupCommit::awaitWritten)
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("Idempotency-Key");
        }
    }

    @Test
    void test_closedStore_everyConcurrentWaiterFails_noneHangs(@TempDir Path dir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("closed2"), "sa", "")) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            GroupCommit groupCommit = new GroupCommit(store);
            store.closeImmediately();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> waits = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    waits.add(pool.submit(() -> {
                        start.await();
                        groupCommit.awaitWritten();
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> w : waits) {
                    // a failed leader wakes its followers; each then leads a write of its own and fails too
                    assertThatThrownBy(() -> w.get(30, TimeUnit.SECONDS))
                            .hasCauseInstanceOf(DatabaseUnavailableException.class);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(groupCommit.storeWrites()).isZero();
        }
    }

    @Test
    void test_anInterruptedCommit_stillWaitsForTheFile_andKeepsItsInterrupt(@TempDir Path dir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("interrupt"), "sa", "")) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            GroupCommit groupCommit = new GroupCommit(store);
            Thread.currentThread().interrupt();
            try {
                groupCommit.awaitWritten();
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
            assertThat(groupCommit.storeWrites()).isOne();
            assertThat(groupCommit.commits()).isOne();
            assertThat(groupCommit.storeWriteNanos()).isPositive();
            assertThat(groupCommit.waitNanos()).isGreaterThanOrEqualTo(groupCommit.storeWriteNanos());
        }
    }
}
