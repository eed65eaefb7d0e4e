package org.dataprice.api.storage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The free-space guard without a service: floors, fractions, the warning level, the 1 s cache, streams, settings. */
class StorageGuardTest {
    private static final long GIB = 1L << 30;
    private static final Path STORE_BASE = Path.of("/srv/dataprice/data/dataprice");
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();

    private final TestClock clock = new TestClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final StorageConfiguration configuration = new StorageConfiguration();
    /** usable and total bytes per directory; a missing directory reads as an I/O failure */
    private final Map<Path, FileSystemSpace.Space> disks = new HashMap<>();
    private int reads;

    private final FileSystemSpace space = new FileSystemSpace() {
        @Override
        public Space read(Path directory) throws IOException {
            reads++;
            Space s = disks.get(directory);
            if (s == null) {
                throw new IOException("simulated statvfs failure of " + directory);
            }
            return s;
        }
    };

    private StorageGuard guard(String url) {
        return new StorageGuard(configuration, space, clock, meters, List.of(), url);
    }

    private StorageGuard embedded() {
        return guard("jdbc:h2:file:" + STORE_BASE + ";MODE=PostgreSQL");
    }

    private void disk(Path dir, long usable, long total) {
        disks.put(dir, new FileSystemSpace.Space(usable, total));
    }

    @Test
    void test_watched_embeddedStoreAndSpool_postgresSpoolOnly() {
        disk(STORE_BASE.getParent(), 50 * GIB, 100 * GIB);
        disk(TMP, 50 * GIB, 100 * GIB);
        assertThat(embedded().readings()).extracting(StorageGuard.Reading::name)
                .containsExactly(StorageGuard.STORE, StorageGuard.SPOOL);
        assertThat(guard("jdbc:postgresql://db/dataprice").readings()).extracting(StorageGuard.Reading::name)
                .as("PostgreSQL's disk is not ours to see").containsExactly(StorageGuard.SPOOL);
        assertThat(guard("jdbc:h2:mem:x").readings()).extracting(StorageGuard.Reading::name)
                .containsExactly(StorageGuard.SPOOL);
    }

    @ParameterizedTest(name = "total {0} GiB, min {1} B, fraction {2} -> floor {3} B")
    @CsvSource({
            "100, 1073741824, 0.05, 5368709120",   // 5 % of 100 GiB beats 1 GiB
            "10, 1073741824, 0.05, 1073741824",    // 5 % of 10 GiB = 512 MiB: 1 GiB wins
            "10, 0, 0.05, 536870912",
            "10, 0, 0, 0"})
    void test_floor_isTheLargerOfBytesAndFraction(long totalGib, long minBytes, double fraction, long floor) {
        configuration.setMinFreeBytes(Long.toString(minBytes));
        configuration.setMinFreeFraction(fraction);
        disk(TMP, 0, totalGib * GIB);
        StorageGuard g = guard("");
        assertThat(g.floor(g.readings().get(0))).isEqualTo(floor);
    }

    @Test
    void test_levels_okWarningBelowFloorUnknown() {
        configuration.setMinFreeBytes("1GB");
        configuration.setMinFreeFraction(0);
        disk(STORE_BASE.getParent(), 2 * GIB, 100 * GIB);
        disk(TMP, 2 * GIB - 1, 100 * GIB);
        StorageGuard g = embedded();
        Map<String, StorageGuard.Level> levels = new HashMap<>();
        g.readings().forEach(r -> levels.put(r.name(), g.level(r)));
        assertThat(levels).containsEntry(StorageGuard.STORE, StorageGuard.Level.OK)
                .containsEntry(StorageGuard.SPOOL, StorageGuard.Level.WARNING);
        g.require(0); // a warning lets writes through

        disk(TMP, GIB - 1, 100 * GIB);
        disks.remove(STORE_BASE.getParent());
        g.refresh();
        g.readings().forEach(r -> levels.put(r.name(), g.level(r)));
        assertThat(levels).containsEntry(StorageGuard.STORE, StorageGuard.Level.UNKNOWN)
                .containsEntry(StorageGuard.SPOOL, StorageGuard.Level.BELOW_FLOOR);
        assertThat(g.accepts(0)).isFalse();
    }

    @Test
    void test_require_belowFloor_refused507NamingDirectoryBytesAndRule() {
        configuration.setMinFreeBytes("1GB");
        configuration.setMinFreeFraction(0.05);
        disk(TMP, 4 * GIB, 100 * GIB); // floor 5 GiB
        StorageGuard g = guard("");
        assertThatThrownBy(() -> g.require(0)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.INSUFFICIENT_STORAGE);
            assertThat(e.type().status().getCode()).isEqualTo(507);
            assertThat(e.retryAfterSeconds()).isZero();
            assertThat(e.getMessage()).contains("spool directory " + TMP).contains("4,294,967,296 bytes usable")
                    .contains("at least 5,368,709,120 bytes free").contains("dataprice.storage.min-free-bytes")
                    .contains("dataprice.storage.min-free-fraction 0.05").contains("Nothing was written");
        });
        assertThat(meters.get(StorageGuard.REFUSED_METRIC).tag("directory", StorageGuard.SPOOL).counter().count())
                .isEqualTo(1);
        configuration.setMinFreeFraction(0);
        g.require(0); // the lowered floor applies at once, without a new reading
    }

    @Test
    void test_require_declaredLength_refusedWhenItWouldCrossTheFloor() {
        configuration.setMinFreeBytes("1000");
        configuration.setMinFreeFraction(0);
        disk(TMP, 1500, 100 * GIB);
        StorageGuard g = guard("");
        g.require(500);
        assertThatThrownBy(() -> g.require(501)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("this request declares 501 bytes");
        assertThat(g.accepts(500)).isTrue();
        assertThat(g.accepts(501)).isFalse();
    }

    @Test
    void test_requireStore_onlyTheEmbeddedStore() {
        configuration.setMinFreeBytes("1000");
        configuration.setMinFreeFraction(0);
        disk(STORE_BASE.getParent(), 1500, GIB);
        disk(TMP, 500, GIB); // the spool is below its floor, the store is not
        StorageGuard g = embedded();
        g.requireStore(500, "the load's 10 rows");
        assertThatThrownBy(() -> g.requireStore(501, "the load's 10 rows")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("store directory").hasMessageContaining("the load's 10 rows needs about 501 bytes");
        guard("jdbc:postgresql://db/x").requireStore(Long.MAX_VALUE / 2, "anything"); // not watched: never refused
    }

    @Test
    void test_readings_cachedForOneSecondOfTheClock() {
        disk(STORE_BASE.getParent(), 50 * GIB, 100 * GIB);
        disk(TMP, 50 * GIB, 100 * GIB);
        clock.set(java.time.Instant.parse("2026-12-05T00:00:00Z"));
        StorageGuard g = embedded();
        assertThat(reads).as("read once at start, per directory").isEqualTo(2);
        for (int i = 0; i < 10_000; i++) {
            g.require(0);
            g.readings();
        }
        clock.advance(Duration.ofMillis(999));
        g.require(0);
        assertThat(reads).as("no system call within a second").isEqualTo(2);
        clock.advance(Duration.ofMillis(1));
        g.require(0);
        g.require(0);
        assertThat(reads).as("read again once a second old").isEqualTo(4);
        clock.set(java.time.Instant.parse("2025-01-01T00:00:00Z")); // a test moving time back also refreshes
        g.require(0);
        assertThat(reads).isEqualTo(6);
    }

    @Test
    void test_readings_newSpaceSeenAfterTheRefresh() {
        configuration.setMinFreeBytes("1GB");
        configuration.setMinFreeFraction(0);
        disk(TMP, 10 * GIB, 100 * GIB);
        clock.set(java.time.Instant.parse("2026-12-05T00:00:00Z"));
        StorageGuard g = guard("");
        disk(TMP, 10, 100 * GIB); // the disk fills
        g.require(0); // the reading is less than a second old
        clock.advance(StorageGuard.REFRESH);
        assertThatThrownBy(() -> g.require(0)).isInstanceOf(ProblemException.class);
    }

    @Test
    void test_guard_streamStopsBeforeTheWriteThatWouldCrossTheFloor() throws IOException {
        configuration.setMinFreeBytes("1000");
        configuration.setMinFreeFraction(0);
        disk(TMP, 1000 + 250, GIB);
        clock.set(java.time.Instant.parse("2026-12-05T00:00:00Z"));
        StorageGuard g = guard("");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        OutputStream out = g.guard(TMP.resolve("dataprice-load-1.spool"), file);
        out.write(new byte[200]);
        out.write(new byte[50]);
        assertThatThrownBy(() -> out.write(1)).isInstanceOfSatisfying(ProblemException.class, e ->
                assertThat(e.getMessage()).contains("the streamed upload has written 250 bytes there"));
        assertThat(file.size()).as("the refused write was not done").isEqualTo(250);

        // a new reading already counts the bytes written before it: the stream counts from there
        disk(TMP, 1000 + 100, GIB);
        clock.advance(StorageGuard.REFRESH);
        out.write(new byte[100]);
        assertThatThrownBy(() -> out.write(1)).isInstanceOf(ProblemException.class);
        assertThat(file.size()).isEqualTo(350);

        OutputStream elsewhere = new ByteArrayOutputStream();
        assertThat(g.guard(Path.of("/not/watched/file"), elsewhere)).as("outside every watched directory")
                .isSameAs(elsewhere);
    }

    @Test
    void test_guard_longestWatchedPrefixWins() {
        configuration.setMinFreeBytes("0");
        configuration.setMinFreeFraction(0);
        Path jobs = TMP.resolve("dataprice-jobs");
        disk(TMP, 0, GIB);       // tmp full
        disk(jobs, 10_000, GIB); // a separate mount under it
        StorageGuard g = new StorageGuard(configuration, space, clock, meters, List.of(new StorageDirectory() {
            @Override
            public String name() {
                return "jobs-spool";
            }

            @Override
            public Path path() {
                return jobs;
            }
        }), "");
        assertThatThrownBy(() -> g.guard(TMP.resolve("x.spool"), new ByteArrayOutputStream()).write(1))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> g.guard(jobs.resolve("load-1.csv"), new ByteArrayOutputStream()).write(new byte[10_000]))
                .doesNotThrowAnyException();
    }

    @Test
    void test_gauges_freeAndFloorPerDirectory() {
        configuration.setMinFreeBytes("1GB");
        configuration.setMinFreeFraction(0);
        disk(STORE_BASE.getParent(), 7 * GIB, 100 * GIB);
        disk(TMP, 3 * GIB, 100 * GIB);
        embedded();
        assertThat(meters.get(StorageGuard.FREE_METRIC).tag("directory", StorageGuard.STORE)
                .tag("path", STORE_BASE.getParent().toString()).gauge().value()).isEqualTo(7.0 * GIB);
        assertThat(meters.get(StorageGuard.FREE_METRIC).tag("directory", StorageGuard.SPOOL).gauge().value())
                .isEqualTo(3.0 * GIB);
        assertThat(meters.get(StorageGuard.FLOOR_METRIC).tag("directory", StorageGuard.SPOOL).gauge().value())
                .isEqualTo((double) GIB);
        assertThat(meters.get(StorageGuard.FREE_METRIC).tag("directory", StorageGuard.SPOOL).gauge().getId()
                .getBaseUnit()).isEqualTo("bytes");
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "min-free-bytes|-1|dataprice.storage.min-free-bytes is '-1', not a size in bytes",
            "min-free-bytes|1 GB of disk|dataprice.storage.min-free-bytes is '1 GB of disk', not a size in bytes",
            "min-free-bytes|1.5GB|not a size in bytes",
            "min-free-bytes|2000TB|dataprice.storage.min-free-bytes is 2000TB; it must be at most 1024TB",
            "min-free-fraction|0.6|dataprice.storage.min-free-fraction is 0.6; it must be between 0.0 and 0.5",
            "min-free-fraction|-0.01|dataprice.storage.min-free-fraction is -0.01",
            "min-free-fraction|NaN|dataprice.storage.min-free-fraction is NaN",
            "warning-factor|0.5|dataprice.storage.warning-factor is 0.5; it must be between 1.0 and 100.0"})
    void test_settings_badValue_oneLineReasonNamingTheKey(String key, String value, String reason) {
        Map<String, Consumer<String>> setters = Map.of(
                "min-free-bytes", configuration::setMinFreeBytes,
                "min-free-fraction", v -> configuration.setMinFreeFraction(Double.parseDouble(v)),
                "warning-factor", v -> configuration.setWarningFactor(Double.parseDouble(v)));
        assertThatThrownBy(() -> setters.get(key).accept(value)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(reason).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void test_start_badSetting_refusedWithOneLineReason() {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("storage-bad-setting"));
        props.put("dataprice.storage.min-free-fraction", "0.9");
        assertThatThrownBy(() -> ApplicationContext.run(props, "test").close()).satisfies(e -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            assertThat(root).isInstanceOf(ConfigurationException.class)
                    .hasMessage("dataprice.storage.min-free-fraction is 0.9; it must be between 0.0 and 0.5");
        });
    }

    @ParameterizedTest(name = "''{0}'' = {1} bytes")
    @CsvSource({"0, 0", "1073741824, 1073741824", "512MB, 536870912", "1GB, 1073741824", "1gib, 1073741824",
            "2 TB, 2199023255552", "1024TB, 1125899906842624", "64KB, 65536"})
    void test_settings_sizes(String text, long bytes) {
        configuration.setMinFreeBytes(text);
        assertThat(configuration.minFreeBytes()).isEqualTo(bytes);
    }
}
