package org.dataprice.api.durability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.support.AbstractConnectionOperations;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure, at start-up, that a commit of the default datasource is on disk before the service
 * acknowledges it — the promise behind every 2xx of a state-changing request — and refuses to start
 * with a one-line reason when the store cannot keep it.
 *
 * <table>
 *   <caption>What is checked</caption>
 *   <tr><th>store</th><th>setting</th><th>why</th></tr>
 *   <tr><td>embedded H2 file database</td><td>{@link GroupCommit}: every unit of work that may have written
 *       waits until the store's file holds its commit, one store write serving all commits that finished
 *       before it; {@code WRITE_DELAY} is set to {@value #GROUP_COMMIT_WRITE_DELAY_MS} ms (a persistent
 *       database setting) so that H2's background writer and its chunk housekeeping run. With
 *       {@code dataprice.store.group-commit=false}: {@code WRITE_DELAY} 0 (H2 writes each commit as its own
 *       chunk inside the commit)</td><td>H2 buffers commits for 500 ms by default: a {@code kill -9} loses
 *       every commit of the last half second (measured: about 20,000 of 84,000 single-row commits in 3 s);
 *       {@code WRITE_DELAY=0} keeps them but writes a chunk per commit (CPU and disk: see
 *       {@link GroupCommit})</td></tr>
 *   <tr><td>remote H2 file database</td><td>{@code WRITE_DELAY} is set to 0</td><td>as above; this
 *       process cannot reach the server's store to write it</td></tr>
 *   <tr><td>PostgreSQL</td><td>{@code synchronous_commit} is not {@code off} and {@code fsync} is
 *       {@code on}</td><td>with {@code synchronous_commit = off} the server acknowledges a commit
 *       before its WAL record is flushed (PostgreSQL manual, §30.4 "Asynchronous Commit"); with
 *       {@code fsync = off} nothing is flushed at all (§20.5.1)</td></tr>
 *   <tr><td>H2 in-memory</td><td>none</td><td>nothing survives a restart by design (tests only)</td></tr>
 * </table>
 *
 * A {@code kill -9} of the service loses nothing acknowledged once H2 writes without delay (the
 * operating system holds the written pages); surviving a power failure additionally needs the
 * PostgreSQL settings above on storage that honours flushes.
 */
@Context
public class DurableCommitCheck {
    /** Micrometer name of the counter of commits that waited for the embedded store's file (group commit). */
    public static final String GROUP_COMMITS_METRIC = "dataprice.store.group.commits";
    /** Micrometer name of the counter of store writes that served them. */
    public static final String STORE_WRITES_METRIC = "dataprice.store.writes";
    /** Micrometer name of the counter of device flushes (with {@code dataprice.store.sync-commits}). */
    public static final String STORE_SYNCS_METRIC = "dataprice.store.syncs";
    /** Micrometer name of the store-write timer (Prometheus {@code dataprice_store_write_seconds_count/_sum}). */
    public static final String STORE_WRITE_TIME_METRIC = "dataprice.store.write";
    /** Micrometer name of the commit-wait timer (Prometheus {@code dataprice_store_commit_wait_seconds_count/_sum}). */
    public static final String COMMIT_WAIT_METRIC = "dataprice.store.commit.wait";
    /**
     * H2's write delay with group commit, in ms: how often H2's background writer writes what no commit wrote yet
     * and runs its housekeeping (H2's default); commits themselves never wait for it.
     */
    static final int GROUP_COMMIT_WRITE_DELAY_MS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(DurableCommitCheck.class);

    private final Optional<GroupCommit> groupCommit;

    /**
     * Runs the check.
     *
     * @param connections       connections of the default datasource
     * @param meters            the metrics registry (group-commit counters, embedded H2 only)
     * @param groupCommitWanted {@code dataprice.store.group-commit}: on the embedded H2 file store, write commits
     *                          through {@link GroupCommit} (default) instead of one chunk per commit
     * @param syncCommits       {@code dataprice.store.sync-commits}: the group commit also forces each store write to
     *                          the device (power-failure durability on the embedded store; default off)
     * @param configuredUrl     the default datasource's configured JDBC URL (its settings, which H2 applies again on
     *                          every new connection)
     * @throws ConfigurationException when commits would not be durable
     */
    public DurableCommitCheck(ConnectionOperations<Connection> connections, MeterRegistry meters,
                              @Value("${dataprice.store.group-commit:true}") boolean groupCommitWanted,
                              @Value("${dataprice.store.sync-commits:false}") boolean syncCommits,
                              @Value("${datasources.default.url:}") String configuredUrl) {
        if (syncCommits && !groupCommitWanted) {
            throw new ConfigurationException("dataprice.store.sync-commits=true needs dataprice.store.group-commit=true "
                    + "(the device flush is made by the group commit)");
        }
        this.groupCommit = connections.executeWrite(status -> check(status.getConnection(),
                groupCommitWanted && connections instanceof AbstractConnectionOperations<?>, syncCommits, configuredUrl));
        groupCommit.ifPresent(commit -> {
            ((AbstractConnectionOperations<Connection>) connections).addConnectionCustomizer(commit);
            FunctionCounter.builder(GROUP_COMMITS_METRIC, commit, GroupCommit::commits)
                    .description("Units of work that waited for the embedded H2 store's file (group commit)")
                    .register(meters);
            FunctionCounter.builder(STORE_WRITES_METRIC, commit, GroupCommit::storeWrites)
                    .description("Writes of the embedded H2 store (chunks) that served those units of work")
                    .register(meters);
            FunctionTimer.builder(STORE_WRITE_TIME_METRIC, commit, GroupCommit::storeWrites, GroupCommit::storeWriteNanos,
                            TimeUnit.NANOSECONDS)
                    .description("Time the embedded H2 store's writes took (one write serves every commit waiting)")
                    .register(meters);
            FunctionTimer.builder(COMMIT_WAIT_METRIC, commit, GroupCommit::commits, GroupCommit::waitNanos,
                            TimeUnit.NANOSECONDS)
                    .description("Time units of work waited for the store's file after their commit (group commit)")
                    .register(meters);
            FunctionCounter.builder(STORE_SYNCS_METRIC, commit, GroupCommit::syncs)
                    .description("Device flushes of the embedded H2 store (dataprice.store.sync-commits)")
                    .register(meters);
            LOG.info("embedded H2 store: group commit on (WRITE_DELAY={} ms for H2's background writer; every "
                    + "write waits for the store's file{} before its answer)", GROUP_COMMIT_WRITE_DELAY_MS,
                    syncCommits ? " and a device flush" : "");
        });
    }

    /**
     * @return the group commit of the embedded H2 file store, or empty (PostgreSQL, in-memory or remote H2, or
     *         {@code dataprice.store.group-commit=false}: H2 then writes every commit itself, {@code WRITE_DELAY=0})
     */
    public Optional<GroupCommit> groupCommit() {
        return groupCommit;
    }

    private static Optional<GroupCommit> check(Connection connection, boolean groupCommitPossible, boolean sync,
                                               String configuredUrl) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String url = String.valueOf(connection.getMetaData().getURL());
            if (product.contains("h2") && !url.startsWith("jdbc:h2:mem:")) {
                Optional<MVStore> embedded = groupCommitPossible ? embeddedFileStore(connection) : Optional.empty();
                urlWriteDelay(configuredUrl).ifPresent(delay -> {
                    // H2 applies a URL setting again on every new connection of the pool, after this check
                    if (embedded.isEmpty() && delay != 0) {
                        throw new ConfigurationException("the H2 URL sets WRITE_DELAY=" + delay + ": H2 would "
                                + "acknowledge commits before writing them (every new pooled connection sets it again); "
                                + "remove it from DATAPRICE_DB_URL");
                    }
                    if (embedded.isPresent() && delay != GROUP_COMMIT_WRITE_DELAY_MS) {
                        LOG.warn("the H2 URL sets WRITE_DELAY={}; every new pooled connection sets it again, so H2's "
                                + "background writer runs with that delay (commits stay durable: group commit writes "
                                + "them); remove it from DATAPRICE_DB_URL", delay);
                    }
                });
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY " + (embedded.isPresent() ? GROUP_COMMIT_WRITE_DELAY_MS : 0));
                }
                return embedded.map(store -> {
                    store.commit();
                    return new GroupCommit(store, sync);
                });
            } else if (product.contains("postgres")) {
                String synchronousCommit = show(connection, "synchronous_commit");
                String fsync = show(connection, "fsync");
                if ("off".equalsIgnoreCase(synchronousCommit) || !"on".equalsIgnoreCase(fsync)) {
                    throw new ConfigurationException("PostgreSQL must flush commits before they are acknowledged: "
                            + "synchronous_commit is '" + synchronousCommit + "' (needs on, local, remote_write or "
                            + "remote_apply) and fsync is '" + fsync + "' (needs on)");
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new ConfigurationException("could not check the durability settings of the database: " + e.getMessage(), e);
        }
    }

    /**
     * @param url an H2 JDBC URL
     * @return the {@code WRITE_DELAY} it sets (ms), or empty
     * @throws ConfigurationException when the value is not a number
     */
    static Optional<Integer> urlWriteDelay(String url) {
        for (String part : url.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase("WRITE_DELAY")) {
                try {
                    return Optional.of(Integer.parseInt(part.substring(eq + 1).strip()));
                } catch (NumberFormatException e) {
                    throw new ConfigurationException("the H2 URL's WRITE_DELAY is not a number: " + part);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param connection a connection of an H2 database
     * @return the MVStore of an embedded H2 file database (this process's session), or empty (remote, in-memory)
     */
    private static Optional<MVStore> embeddedFileStore(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.getFileStore() != null && !store.isReadOnly()) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }

    /**
     * @param connection a PostgreSQL connection
     * @param setting    a server setting
     * @return its value for this session
     */
    static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
