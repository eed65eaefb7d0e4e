package org.dataprice.api.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The free-space guard: watches the usable space of every file system the service writes files to, so that a disk
 * that fills up stops writes with a clear answer before any work, instead of a half-written spool, a failed commit or
 * a 500.
 *
 * <p><b>What is watched</b> ({@link #readings()}): {@value #STORE}, the directory of the embedded H2 file store (its
 * {@code .mv.db}, ledger anchor and key files; only when the datasource is an embedded H2 file: PostgreSQL's disk is
 * not the service's to see); {@value #SPOOL}, {@code java.io.tmpdir} (the bulk-load spool {@code api.index.TradeSpool}),
 * in every mode; and every {@link StorageDirectory} bean (the job upload spool). Directories on one file system are
 * listed each under its own name.
 *
 * <p><b>The rule</b>: a directory whose file system has {@code usable} bytes and size {@code total} passes a write
 * that declares {@code needed} bytes when {@code usable − needed ≥ floor}, with
 * {@code floor = max(min-free-bytes, min-free-fraction × total)} ({@link StorageConfiguration}, defaults 1 GiB and
 * 5 %); a write must pass every watched directory ({@link #require}). A file the service streams (a spool) is checked
 * as it grows ({@link #guard}). A directory whose space cannot be read passes (logged): a failing {@code statvfs}
 * must not stop a working service.
 *
 * <p><b>Cost</b>: the space is read (one {@code statvfs} per directory) at most once per {@link #REFRESH} (1 s) of
 * the service {@link Clock}, by whichever caller finds the reading stale first; other callers meanwhile use the
 * previous reading, so a check is a few volatile reads, never a system call storm. A spool growing between two
 * readings counts its own bytes written since the reading it saw. Thread-safe.
 *
 * <p><b>Metrics</b> (Prometheus names): {@code dataprice_storage_free_bytes{directory,path}} (usable bytes),
 * {@code dataprice_storage_floor_bytes{directory,path}}, {@code dataprice_storage_refused_total{directory}} (writes
 * refused).
 */
@Context
public class StorageGuard {
    /** The longest a reading is used before the space is read again. */
    public static final Duration REFRESH = Duration.ofSeconds(1);
    /** The name of the embedded H2 store's directory. */
    public static final String STORE = "store";
    /** The name of {@code java.io.tmpdir}, where bulk loads spool. */
    public static final String SPOOL = "spool";
    /** Micrometer name of the usable-bytes gauge ({@code dataprice_storage_free_bytes}). */
    public static final String FREE_METRIC = "dataprice.storage.free";
    /** Micrometer name of the floor gauge ({@code dataprice_storage_floor_bytes}). */
    public static final String FLOOR_METRIC = "dataprice.storage.floor";
    /** Micrometer name of the refusals counter ({@code dataprice_storage_refused_total}). */
    public static final String REFUSED_METRIC = "dataprice.storage.refused";

    private static final Logger LOG = LoggerFactory.getLogger(StorageGuard.class);

    private final StorageConfiguration configuration;
    private final FileSystemSpace space;
    private final Clock clock;
    private final List<StorageDirectory> watched;
    private final Map<String, Counter> refused = new LinkedHashMap<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;

    /**
     * One directory's space as last read.
     *
     * @param name        the directory's name ({@value #STORE}, {@value #SPOOL}, {@code jobs-spool}, ...)
     * @param path        the directory
     * @param usableBytes bytes that may still be written; meaningless when not {@code known}
     * @param totalBytes  the file system's size
     * @param known       whether the space could be read
     * @param generation  increases with every reading of the space (a spool counts its bytes from it)
     */
    public record Reading(String name, Path path, long usableBytes, long totalBytes, boolean known, long generation) {
    }

    /** How a directory stands against its floors. */
    public enum Level {
        /** Above the warning level. */
        OK,
        /** Below the warning level, above the floor: writes pass; an operator should act. */
        WARNING,
        /** Below the floor: writes are refused. */
        BELOW_FLOOR,
        /** The space could not be read: writes pass. */
        UNKNOWN
    }

    private record Snapshot(List<Reading> readings, Instant at, long generation) {
    }

    /**
     * @param configuration the floors
     * @param space         reads a file system's space
     * @param clock         the service clock (paces the readings)
     * @param meters        where the gauges and the counter are registered
     * @param directories   further directories to watch
     * @param url           the default datasource's JDBC URL (the embedded H2 store's directory is watched)
     */
    public StorageGuard(StorageConfiguration configuration, FileSystemSpace space, Clock clock, MeterRegistry meters,
                        List<StorageDirectory> directories, @Value("${datasources.default.url:}") String url) {
        this.configuration = configuration;
        this.space = space;
        this.clock = clock;
        List<StorageDirectory> all = new ArrayList<>();
        H2DataDirectory.databasePath(url).ifPresent(base -> all.add(directory(STORE, base.getParent())));
        all.add(directory(SPOOL, Path.of(System.getProperty("java.io.tmpdir"))));
        for (StorageDirectory d : directories) {
            if (all.stream().noneMatch(w -> w.name().equals(d.name()))) {
                all.add(directory(d.name(), d.path()));
            }
        }
        this.watched = List.copyOf(all);
        this.snapshot = read(clock.instant(), 1);
        for (StorageDirectory d : watched) {
            String name = d.name();
            Gauge.builder(FREE_METRIC, this, g -> g.reading(name).map(r -> (double) r.usableBytes()).orElse(Double.NaN))
                    .description("Usable bytes of the file system of a directory the service writes to")
                    .baseUnit("bytes").tag("directory", name).tag("path", d.path().toString()).register(meters);
            Gauge.builder(FLOOR_METRIC, this, g -> g.reading(name).map(r -> (double) g.floor(r)).orElse(Double.NaN))
                    .description("Free bytes below which writes are refused (dataprice.storage.*)")
                    .baseUnit("bytes").tag("directory", name).tag("path", d.path().toString()).register(meters);
            refused.put(name, Counter.builder(REFUSED_METRIC).description("Writes refused for lack of free space")
                    .tag("directory", name).register(meters));
        }
        for (Reading r : snapshot.readings()) {
            LOG.info("Storage guard watches {} {}: {} bytes usable, floor {} bytes", r.name(), r.path(),
                    r.known() ? r.usableBytes() : "unknown", floor(r));
        }
    }

    private static StorageDirectory directory(String name, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return new StorageDirectory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Path path() {
                return absolute;
            }
        };
    }

    /** @return every watched directory's space, read at most {@link #REFRESH} ago (read now when older) */
    public List<Reading> readings() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (Duration.between(s.at(), now).abs().compareTo(REFRESH) >= 0 && refreshing.compareAndSet(false, true)) {
            try {
                s = read(now, s.generation() + 1);
                snapshot = s;
            } finally {
                refreshing.set(false);
            }
        }
        return s.readings();
    }

    /** Reads the space of every watched directory now (start-up does; tests do after changing the space). */
    public void refresh() {
        while (!refreshing.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            snapshot = read(clock.instant(), snapshot.generation() + 1);
        } finally {
            refreshing.set(false);
        }
    }

    private Optional<Reading> reading(String name) {
        return readings().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private Snapshot read(Instant at, long generation) {
        List<Reading> out = new ArrayList<>(watched.size());
        for (StorageDirectory d : watched) {
            try {
                FileSystemSpace.Space s = space.read(d.path());
                out.add(new Reading(d.name(), d.path(), s.usableBytes(), s.totalBytes(), true, generation));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot read the free space of {} ({}): {}; writes are not refused for it", d.name(), d.path(),
                        e.toString());
                out.add(new Reading(d.name(), d.path(), 0, 0, false, generation));
            }
        }
        return new Snapshot(List.copyOf(out), at, generation);
    }

    /**
     * @param reading a directory's reading
     * @return its floor in bytes under the current settings
     */
    public long floor(Reading reading) {
        return configuration.floor(reading.totalBytes());
    }

    /**
     * @param reading a directory's reading
     * @return its warning level in bytes under the current settings
     */
    public long warning(Reading reading) {
        return configuration.warning(floor(reading));
    }

    /**
     * @param reading a directory's reading
     * @return how it stands against its floors
     */
    public Level level(Reading reading) {
        if (!reading.known()) {
            return Level.UNKNOWN;
        }
        if (reading.usableBytes() < floor(reading)) {
            return Level.BELOW_FLOOR;
        }
        return reading.usableBytes() < warning(reading) ? Level.WARNING : Level.OK;
    }

    /**
     * Whether a write of {@code neededBytes} would leave every watched directory at or above its floor (a question:
     * nothing is counted as refused).
     *
     * @param neededBytes the bytes the write brings, ≥ 0
     * @return whether {@link #require} would pass
     */
    public boolean accepts(long neededBytes) {
        for (Reading r : readings()) {
            if (r.known() && r.usableBytes() - neededBytes < floor(r)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses a write that would leave a watched directory below its floor, before it does any work.
     *
     * @param neededBytes the bytes the write declares it brings (its {@code Content-Length}; 0 when unknown), ≥ 0
     * @throws ProblemException 507 {@link ProblemType#INSUFFICIENT_STORAGE} naming the directory, its usable bytes, the
     *                          bytes needed and the floor
     */
    public void require(long neededBytes) {
        for (Reading r : readings()) {
            check(r, neededBytes, "this request declares " + String.format(Locale.ROOT, "%,d", neededBytes) + " bytes");
        }
    }

    /**
     * Refuses a write of {@code bytes} into the embedded H2 store when it would leave the store's file system below its
     * floor; nothing on another database (whose disk is not watched).
     *
     * @param bytes what the write is expected to add to the store, ≥ 0
     * @param what  the write, for the message (e.g. "the load's 1,367,349 rows")
     * @throws ProblemException 507 {@link ProblemType#INSUFFICIENT_STORAGE}
     */
    public void requireStore(long bytes, String what) {
        for (Reading r : readings()) {
            if (r.name().equals(STORE)) {
                check(r, bytes, what + " needs about " + String.format(Locale.ROOT, "%,d", bytes) + " bytes");
            }
        }
    }

    private void check(Reading r, long needed, String need) {
        if (!r.known()) {
            return;
        }
        long floor = floor(r);
        if (r.usableBytes() - needed < floor) {
            throw refuse(r, floor, need);
        }
    }

    ProblemException refuse(Reading r, long floor, String need) {
        Counter counter = refused.get(r.name());
        if (counter != null) {
            counter.increment();
        }
        return new ProblemException(ProblemType.INSUFFICIENT_STORAGE, String.format(Locale.ROOT,
                "Writes are refused: the file system of the %s directory %s has %,d bytes usable and %s; it must keep "
                        + "at least %,d bytes free (floor = max(dataprice.storage.min-free-bytes %,d, "
                        + "dataprice.storage.min-free-fraction %s x %,d)). Nothing was written; reads keep working. "
                        + "Free space there or lower the floor, then send the request again.",
                r.name(), r.path(), r.usableBytes(), need, floor, configuration.minFreeBytes(),
                configuration.minFreeFraction(), r.totalBytes()));
    }

    /**
     * Guards a file the service writes as it grows: every write first checks that the file system of the watched
     * directory holding {@code file} keeps its floor, counting the bytes written since the reading it checks against,
     * and throws instead of writing when it would not. A file outside every watched directory is returned unguarded.
     *
     * @param file the file being written (absolute or relative to the working directory)
     * @param raw  its stream
     * @return the guarded stream; closing it closes {@code raw}
     */
    public OutputStream guard(Path file, OutputStream raw) {
        Path f = file.toAbsolutePath().normalize();
        StorageDirectory best = null;
        for (StorageDirectory d : watched) {
            if (f.startsWith(d.path()) && (best == null || d.path().getNameCount() > best.path().getNameCount())) {
                best = d;
            }
        }
        return best == null ? raw : new GuardedOutputStream(this, best.name(), raw);
    }

    /**
     * Checks one more write of a guarded file.
     *
     * @param name    the watched directory
     * @param written bytes the file has written before this write
     * @param stream  the stream's state (generation and base)
     * @param length  the bytes of this write
     */
    void checkGrowth(String name, long written, GuardedOutputStream stream, int length) {
        Optional<Reading> found = reading(name);
        if (found.isEmpty() || !found.get().known()) {
            return;
        }
        Reading r = found.get();
        if (r.generation() != stream.generation) {
            stream.generation = r.generation();
            stream.base = written; // the new reading already counts what was written before it
        }
        long grown = written - stream.base + length;
        long floor = floor(r);
        if (r.usableBytes() - grown < floor) {
            throw refuse(r, floor, String.format(Locale.ROOT, "the streamed upload has written %,d bytes there", written));
        }
    }
}
