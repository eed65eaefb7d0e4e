package org.dataprice.api.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two per-commit costs of chaining a valuation outside H2's own commit (issue 14, "throughput of the service
 * path"): a valuation's transaction chains its stored row (the engagement and report JSON, ≈ 19 KB with Chinese
 * text) and its three issued documents (the HTML report ≈ 70 KB, hashed as hex), and then rewrites the ledger anchor
 * file.
 * <ul>
 *   <li>{@link #documentContentHash} / {@link #valuationContentHash}: {@link RecordDigest#contentHash} of one such
 *       row read back from an in-memory H2 table (PostgreSQL mode) — the read-back, the canonical rendering and
 *       SHA-256.</li>
 *   <li>{@link #anchorPerRecord}: the anchor rewritten after each of a valuation's four records
 *       ({@link LedgerAnchor#advance} four times: what every valuation cost before session 7);
 *       {@link #anchorPerCommit}: the four heads recorded and one flush ({@link LedgerAnchor#record},
 *       {@link LedgerAnchor#flush}: what a valuation's commit does now). The file lives in {@code java.io.tmpdir}: the
 *       figure depends on its file system (a rename over a file makes ext4 write the new file's data first).</li>
 * </ul>
 * Targets: the anchor costs one rewrite per commit ({@code anchorPerCommit} ≤ ⅓ of {@code anchorPerRecord}), and a
 * document's content hash ≤ 0.5 ms (70 KB: the hex rendering and SHA-256 of 140 KB), so that chaining stays a small
 * part of the ≈ 1 ms of CPU per request the mixed load target leaves (1,500 req/s on 2 cores). This class lives in the
 * ledger's package to reach the anchor's file constructor; the benchmarks module has the api module on its classpath
 * for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class LedgerAppendBenchmark {
    private Connection c;
    private Path dir;
    private LedgerAnchor anchor;
    private long seq;

    /**
     * Creates the two tables with one row each and an empty anchor directory.
     *
     * @throws SQLException on a database error
     * @throws IOException  when the temporary directory cannot be made
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException, IOException {
        c = DriverManager.getConnection("jdbc:h2:mem:ledger-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE issued_document (id VARCHAR(36) PRIMARY KEY, subject_kind VARCHAR(32), "
                    + "subject_id VARCHAR(200), revision INTEGER, format VARCHAR(8), media_type VARCHAR(100), content BYTEA, "
                    + "sha256 VARCHAR(64), size_bytes BIGINT, issued_at TIMESTAMP WITH TIME ZONE)");
            s.execute("CREATE TABLE valuation (id VARCHAR(36) PRIMARY KEY, reference VARCHAR(100), value_amount NUMERIC(30,4), "
                    + "currency VARCHAR(3), engagement_json TEXT, report_json TEXT, created_at TIMESTAMP WITH TIME ZONE)");
        }
        byte[] html = new byte[70_000];
        new Random(14).nextBytes(html);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO issued_document VALUES ('d1', 'valuation', 'v1', 1, "
                + "'HTML', 'text/html', ?, ?, 70000, CURRENT_TIMESTAMP)")) {
            s.setBytes(1, html);
            s.setString(2, "ab".repeat(32));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO valuation VALUES ('v1', 'LOAD-1', 195.4700, 'CNY', ?, ?, "
                + "CURRENT_TIMESTAMP)")) {
            s.setString(1, "{\"engagement\":\"" + "数据资产估值报告 income approach ".repeat(200) + "\"}");
            s.setString(2, "{\"report\":\"" + "收益法 Σ δ 折现率 market approach ".repeat(300) + "\"}");
            s.executeUpdate();
        }
        dir = Files.createTempDirectory("ledger-anchor-bench");
        anchor = new LedgerAnchor(dir.resolve("bench.ledger-anchor"));
    }

    /**
     * Closes the database and removes the anchor directory.
     *
     * @throws SQLException on a database error
     * @throws IOException  when a file cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, IOException {
        c.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    /**
     * @return the content hash of the 70 KB document row
     * @throws SQLException on a database error
     */
    @Benchmark
    public String documentContentHash() throws SQLException {
        return RecordDigest.contentHash(c, Ledger.DOCUMENTS, "d1").orElseThrow();
    }

    /**
     * @return the content hash of the valuation row (two JSON texts with Chinese)
     * @throws SQLException on a database error
     */
    @Benchmark
    public String valuationContentHash() throws SQLException {
        return RecordDigest.contentHash(c, Ledger.VALUATIONS, "v1").orElseThrow();
    }

    /** The anchor rewritten once per record of a valuation (four times). */
    @Benchmark
    public void anchorPerRecord() {
        seq++;
        anchor.advance(Ledger.VALUATIONS, new LedgerHead(seq, "a".repeat(64)));
        for (int i = 0; i < 3; i++) {
            anchor.advance(Ledger.DOCUMENTS, new LedgerHead(3 * seq + i, "b".repeat(64)));
        }
    }

    /** The four heads of a valuation recorded, then one flush. */
    @Benchmark
    public void anchorPerCommit() {
        seq++;
        long ticket = anchor.record(Ledger.VALUATIONS, new LedgerHead(seq, "a".repeat(64)));
        for (int i = 0; i < 3; i++) {
            anchor.record(Ledger.DOCUMENTS, new LedgerHead(3 * seq + i, "b".repeat(64)));
        }
        anchor.flush(ticket);
    }
}
