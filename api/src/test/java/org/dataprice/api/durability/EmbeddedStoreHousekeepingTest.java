package org.dataprice.api.durability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EmbeddedStoreHousekeeping}: with {@code WRITE_DELAY=0} an H2 file store keeps a mostly-dead chunk per
 * commit and grows with every commit; the housekeeping rewrites those chunks so the same commits leave a file a
 * fraction of the size. The retention time is shortened to 200 ms on both stores (URL setting, test only) so that
 * chunks become rewritable within the test instead of after H2's 45 s.
 */
class EmbeddedStoreHousekeepingTest {
    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;RETENTION_TIME=200";
    private static final int COMMITS = 3_000;

    @Test
    void test_h2File_housekeepingKeepsTheFileFarBelowTheSameCommitsWithout(@TempDir Path dir) throws Exception {
        long without;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("plain") + SETTINGS,
                "sa", "")) {
            without = commits(connection, dir.resolve("plain.mv.db"), null);
        }

        try (ApplicationContext context = ApplicationContext.run(properties(dir.resolve("kept")), "test")) {
            EmbeddedStoreHousekeeping housekeeping = context.getBean(EmbeddedStoreHousekeeping.class);
            long with;
            // a second connection in this JVM opens the same database as the service's pool
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("kept") + SETTINGS,
                    "sa", "")) {
                with = commits(connection, dir.resolve("kept.mv.db"), housekeeping);
            }

            assertThat(with).as("growth with housekeeping vs %s bytes without", without).isLessThan(without / 2);
            long size = Files.size(dir.resolve("kept.mv.db"));
            assertThat((long) housekeeping.fileSize()).isEqualTo(size);
            Gauge gauge = context.getBean(MeterRegistry.class).find(EmbeddedStoreHousekeeping.FILE_SIZE_METRIC).gauge();
            assertThat(gauge).isNotNull();
            assertThat(gauge.value()).isEqualTo((double) size);
        }
    }

    @Test
    void test_groupCommit_leavesTheRewriteToH2sBackgroundWriter(@TempDir Path dir) throws Exception {
        Map<String, Object> props = properties(dir.resolve("grouped"));
        String url = "jdbc:h2:file:" + dir.resolve("grouped") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;RETENTION_TIME=200";
        props.put("datasources.default.url", url);
        try (ApplicationContext context = ApplicationContext.run(props, "test")) {
            assertThat(context.getBean(DurableCommitCheck.class).groupCommit()).isPresent();
            EmbeddedStoreHousekeeping housekeeping = context.getBean(EmbeddedStoreHousekeeping.class);
            // a second connection in this JVM opens the same database as the service's pool (no WRITE_DELAY in its URL)
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                commits(connection, dir.resolve("grouped.mv.db"), null);
            }
            // chunks older than the retention time are there to rewrite, but H2's writer (delay 500 ms) does it
            assertThat(housekeeping.run()).isFalse();
            assertThat(housekeeping.fileSize()).isPositive();
        }
    }

    @Test
    void test_inMemoryStore_noGaugeAndNothingToDo() {
        try (ApplicationContext context = ApplicationContext.run("test")) {
            EmbeddedStoreHousekeeping housekeeping = context.getBean(EmbeddedStoreHousekeeping.class);
            assertThat(housekeeping.run()).isFalse();
            assertThat(housekeeping.fileSize()).isZero();
            assertThat(context.getBean(MeterRegistry.class).find(EmbeddedStoreHousekeeping.FILE_SIZE_METRIC).gauge())
                    .isNull();
        }
    }

    private static Map<String, Object> properties(Path store) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:file:" + store + SETTINGS);
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        // the test calls the housekeeping itself, at the same points of the workload every run
        props.put("dataprice.store.housekeeping-interval", "1h");
        return props;
    }

    /**
     * One small insert at a random place of a growing table and one update of a hot row per commit (the shape of a
     * ledger append), spread over more than the retention time.
     */
    /**
     * @return how many bytes the store's file grew by the commits
     */
    private static long commits(Connection connection, Path file, EmbeddedStoreHousekeeping housekeeping)
            throws SQLException, InterruptedException, IOException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE growth(id VARCHAR(40) PRIMARY KEY, v VARCHAR(200), n BIGINT)");
            ddl.execute("CREATE TABLE growth_head(k INT PRIMARY KEY, seq BIGINT)");
            ddl.execute("INSERT INTO growth_head VALUES (1, 0)");
        }
        long before = Files.size(file);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Random random = new Random(14);
        int rewrites = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO growth VALUES (?, ?, ?)");
             PreparedStatement update = connection.prepareStatement("UPDATE growth_head SET seq = seq + 1 WHERE k = 1")) {
            for (int i = 1; i <= COMMITS; i++) {
                insert.setString(1, Long.toHexString(random.nextLong()) + "-" + i);
                insert.setString(2, "x".repeat(150));
                insert.setLong(3, i);
                insert.executeUpdate();
                update.executeUpdate();
                connection.commit();
                if (i % 100 == 0) {
                    Thread.sleep(50);
                    if (housekeeping != null && housekeeping.run()) {
                        rewrites++;
                    }
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        if (housekeeping != null) {
            assertThat(rewrites).as("runs that rewrote chunks").isPositive();
        }
        return Files.size(file) - before;
    }
}
