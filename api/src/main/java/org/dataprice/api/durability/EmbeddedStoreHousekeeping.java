package org.dataprice.api.durability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import org.dataprice.api.storage.H2DataDirectory;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Does, for the embedded H2 file store, the chunk rewriting that H2's background writer would do and that
 * {@code WRITE_DELAY=0} switches off, and exposes the store's file size as the gauge {@value #FILE_SIZE_METRIC}
 * (Prometheus {@code dataprice_store_file_size_bytes}). Since session 7 the store runs with {@link GroupCommit}
 * and a 500 ms write delay, so H2's own background housekeeping runs again, and this rewrite runs only while the
 * store's write delay is 0 ({@code dataprice.store.group-commit=false}, or a {@code WRITE_DELAY=0} in the URL, which
 * every new pooled connection applies again): a second compaction beside H2's takes the store lock, which every
 * commit's write needs, for its rewrite every second (without it the mixed load went from 1,533 to 1,852 req/s in one
 * paired run, more than its ±10 % run-to-run spread; docs/benchmarks.md, session 8).
 *
 * <p>Why: H2's MVStore writes every commit as a new chunk (about 20–60 KB: the changed B-tree leaves are copied
 * whole). A chunk's space is reused only when none of its pages is live any more and it is older than the
 * retention time (45 s). With {@code WRITE_DELAY=0} H2 stops its background thread ({@code
 * FileStore.setAutoCommitDelay(0)}), and with it {@code doHousekeeping}, the only place that rewrites the few live
 * pages out of mostly-dead chunks. A page that is rarely changed again (a full leaf of a table) then keeps its whole
 * chunk alive, so the file grows by a chunk per such page, i.e. with the stored data and many times its size, and
 * never shrinks.
 *
 * <p>What: every {@code dataprice.store.housekeeping-interval} (1 s by default) it calls {@link
 * MVStore#compact(int, int)} with H2's own defaults (target fill rate {@value #TARGET_FILL_RATE} %, at most
 * {@value #WRITE_LIMIT} bytes of live pages per run): the live pages of the sparsest chunks older than the
 * retention time are written again into a new chunk, the same way any commit is written, and the emptied chunks
 * are freed by the next commit once they are older than the retention time. The retention time is not changed, no
 * chunk is moved or overwritten early and the file is not truncated, so what a commit's 2xx promises holds as
 * before: a {@code kill -9} loses nothing acknowledged; after a power failure the store opens at its last chunk that
 * reached the disk (H2 does not fsync a commit; use PostgreSQL for power-failure durability).
 *
 * <p>Edge cases: does nothing for PostgreSQL, in-memory or remote H2; a failing run is logged and retried at the
 * next interval (the store stays as it was). Source: H2 2.3.232 {@code FileStore.writeInBackground},
 * {@code RandomAccessStore.doHousekeeping}, {@code FileStore.rewriteChunks}.
 */
@Context
public class EmbeddedStoreHousekeeping {
    /** Micrometer name of the file-size gauge (bytes). */
    public static final String FILE_SIZE_METRIC = "dataprice.store.file.size";
    /** Chunks are rewritten while the live share of all chunk data is below this percentage (H2's default). */
    static final int TARGET_FILL_RATE = 90;
    /** At most this many bytes of live pages are written again per run (1 MiB; H2 uses a share of its 1–19 MiB). */
    static final int WRITE_LIMIT = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStoreHousekeeping.class);

    private final ConnectionOperations<Connection> connections;
    private final Optional<Path> file;

    /**
     * @param connections connections of the default datasource
     * @param meters      the metrics registry (the file-size gauge is registered for an H2 file store)
     * @param url         the default datasource's JDBC URL
     */
    public EmbeddedStoreHousekeeping(ConnectionOperations<Connection> connections, MeterRegistry meters,
                                     @Value("${datasources.default.url:}") String url) {
        this.connections = connections;
        this.file = H2DataDirectory.databasePath(url).map(base -> Path.of(base + ".mv.db"));
        file.ifPresent(path -> Gauge.builder(FILE_SIZE_METRIC, this, EmbeddedStoreHousekeeping::fileSize)
                .description("Size of the embedded H2 store's file (" + path.getFileName() + ")")
                .baseUnit("bytes")
                .register(meters));
    }

    /**
     * @return the size of the embedded H2 store's file in bytes; 0 without one (PostgreSQL, in-memory H2)
     */
    public double fileSize() {
        if (file.isEmpty()) {
            return 0;
        }
        try {
            return Files.size(file.get());
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Runs one rewrite of sparse chunks (see the class comment); a no-op for any other store.
     *
     * @return whether a chunk was rewritten
     */
    @Scheduled(fixedDelay = "${dataprice.store.housekeeping-interval:1s}",
            initialDelay = "${dataprice.store.housekeeping-interval:1s}")
    public boolean run() {
        if (file.isEmpty()) {
            return false;
        }
        try {
            return connections.executeRead(status -> {
                try {
                    Connection connection = status.getConnection();
                    if (connection.isWrapperFor(JdbcConnection.class)
                            && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                        MVStore store = session.getDatabase().getStore().getMvStore();
                        // a write delay > 0: H2's background writer runs its own housekeeping (see the class comment)
                        return !store.isClosed() && !store.isReadOnly() && store.getAutoCommitDelay() == 0
                                && store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
                    }
                    return false;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("H2 store housekeeping failed (retried at the next interval): {}", e.toString());
            return false;
        }
    }
}
