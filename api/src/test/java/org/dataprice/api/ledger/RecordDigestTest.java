package org.dataprice.api.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical rendering, the content hash and the chain hash ({@link RecordDigest}), on rows read from
 * an in-memory H2 database in PostgreSQL mode. The chain hash is recomputed inline from its definition
 * (FIPS 180-4 SHA-256 of prev ‖ content ‖ seq ‖ id).
 */
class RecordDigestTest {
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:h2:mem:digest-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        exec("CREATE TABLE valuation (id VARCHAR(36) PRIMARY KEY, value_amount NUMERIC(30,4), note TEXT, n INTEGER, "
                + "x DOUBLE PRECISION, ok BOOLEAN, d DATE, created_at TIMESTAMP WITH TIME ZONE)");
        exec("INSERT INTO valuation VALUES ('v1', 12.5000, 'a;b=c', 7, 0.1, TRUE, DATE '2025-01-31', "
                + "TIMESTAMP WITH TIME ZONE '2025-01-31 18:00:00.123456+08:00')");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String render(String id) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM valuation WHERE id = '" + id + "'")) {
            rs.next();
            return RecordDigest.render("valuation", rs);
        }
    }

    private String content(String id) throws SQLException {
        return RecordDigest.contentHash(c, Ledger.VALUATIONS, id).orElseThrow();
    }

    @Test
    void test_render_sortedNamesKindsLengthsUtcMicros() throws SQLException {
        assertThat(render("v1")).isEqualTo("valuation"
                + ";created_at=T:27:2025-01-31T10:00:00.123456Z"
                + ";d=D:10:2025-01-31"
                + ";id=S:2:v1"
                + ";n=I:1:7"
                + ";note=S:5:a;b=c"
                + ";ok=B:4:true"
                + ";value_amount=N:4:12.5"
                + ";x=F:16:" + Long.toHexString(Double.doubleToLongBits(0.1)));
    }

    @Test
    void test_render_nullIsLeftOut_andDiffersFromAnyValue() throws SQLException {
        String before = content("v1");
        exec("UPDATE valuation SET note = NULL WHERE id = 'v1'");
        assertThat(render("v1")).doesNotContain("note=");
        assertThat(content("v1")).isNotEqualTo(before);
        exec("UPDATE valuation SET note = '' WHERE id = 'v1'");
        assertThat(render("v1")).contains(";note=S:0:;");
    }

    /** Adding a nullable column (a later migration) keeps every existing content hash. */
    @Test
    void test_contentHash_survivesAnAddedNullableColumn() throws SQLException {
        String before = content("v1");
        exec("ALTER TABLE valuation ADD COLUMN later VARCHAR(10)");
        assertThat(content("v1")).isEqualTo(before);
    }

    /** The same stored value at another scale hashes the same; another value does not. */
    @Test
    void test_contentHash_numericIndependentOfScale() throws SQLException {
        String before = content("v1");
        exec("UPDATE valuation SET value_amount = 12.50 WHERE id = 'v1'");
        assertThat(content("v1")).isEqualTo(before);
        exec("UPDATE valuation SET value_amount = 12.5001 WHERE id = 'v1'");
        assertThat(content("v1")).isNotEqualTo(before);
    }

    /** The same instant written at another offset is the same timestamp. */
    @Test
    void test_contentHash_timestampIsTheInstant() throws SQLException {
        String before = content("v1");
        exec("UPDATE valuation SET created_at = TIMESTAMP WITH TIME ZONE '2025-01-31 10:00:00.123456+00:00' WHERE id = 'v1'");
        assertThat(content("v1")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"value_amount = 12.4999", "note = 'a;b=d'", "n = 8", "x = 0.1000000001", "ok = FALSE",
            "d = DATE '2025-02-01'", "created_at = TIMESTAMP WITH TIME ZONE '2025-01-31 18:00:00.123457+08:00'"})
    void test_contentHash_changesWithAnyColumn(String edit) throws SQLException {
        String before = content("v1");
        exec("UPDATE valuation SET " + edit + " WHERE id = 'v1'");
        assertThat(content("v1")).as(edit).isNotEqualTo(before);
    }

    @Test
    void test_contentHash_missingRecord_isEmpty() throws SQLException {
        assertThat(RecordDigest.contentHash(c, Ledger.VALUATIONS, "nope")).isEmpty();
    }

    /** Child rows count whatever order the database returns them in; adding, removing or editing one changes the hash. */
    @Test
    void test_contentHash_childRows() throws SQLException {
        exec("CREATE TABLE index_release (index_id VARCHAR(64), vintage INTEGER, period VARCHAR(7), PRIMARY KEY (index_id, vintage))");
        exec("CREATE TABLE index_observation (index_id VARCHAR(64), vintage INTEGER, series VARCHAR(64), val DOUBLE PRECISION)");
        exec("CREATE TABLE index_revision (index_id VARCHAR(64), vintage INTEGER, seq INTEGER, val DOUBLE PRECISION)");
        exec("INSERT INTO index_release VALUES ('cq/data', 1, '2025-01'), ('cq/data', 2, '2025-02')");
        exec("INSERT INTO index_observation VALUES ('cq/data', 1, 'A', 100.0), ('cq/data', 1, 'B', 101.5), ('cq/data', 2, 'A', 99.0)");
        String v1 = RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/1").orElseThrow();

        exec("DELETE FROM index_observation WHERE vintage = 1");
        exec("INSERT INTO index_observation VALUES ('cq/data', 1, 'B', 101.5), ('cq/data', 1, 'A', 100.0)");
        assertThat(RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/1")).contains(v1);

        exec("INSERT INTO index_observation VALUES ('cq/data', 1, 'C', 1.0)");
        assertThat(RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/1")).isNotEqualTo(java.util.Optional.of(v1));
        exec("DELETE FROM index_observation WHERE series = 'C'");
        exec("UPDATE index_observation SET val = 100.0000001 WHERE vintage = 1 AND series = 'A'");
        assertThat(RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/1")).isNotEqualTo(java.util.Optional.of(v1));
        assertThat(RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/2")).isPresent().isNotEqualTo(java.util.Optional.of(v1));
    }

    /**
     * A child added to a ledger later (V52's {@code index_revision}) leaves the hash of a record without rows in it
     * exactly as the V41 formula gives it over the other children (recomputed here from the class comment), so
     * releases chained before keep their hashes; a revision row, added or edited, changes the hash.
     */
    @Test
    void test_contentHash_childAddedLater_isLeftOutWhenEmpty() throws Exception {
        exec("CREATE TABLE index_release (index_id VARCHAR(64), vintage INTEGER, period VARCHAR(7), PRIMARY KEY (index_id, vintage))");
        exec("CREATE TABLE index_observation (index_id VARCHAR(64), vintage INTEGER, series VARCHAR(64), val DOUBLE PRECISION)");
        exec("CREATE TABLE index_revision (index_id VARCHAR(64), vintage INTEGER, seq INTEGER, val DOUBLE PRECISION)");
        exec("INSERT INTO index_release VALUES ('cq/data', 2, '2025-02')");
        exec("INSERT INTO index_observation VALUES ('cq/data', 2, 'A', 100.0), ('cq/data', 2, 'B', 101.5)");
        String hash = RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/2").orElseThrow();

        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (String text : new String[]{"dataprice-ledger-v1", "index-releases", "cq/data/2", rendered("SELECT * FROM "
                + "index_release WHERE vintage = 2", "index_release").get(0), "index_observation"}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            d.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            d.update(bytes);
        }
        java.util.List<byte[]> rows = new java.util.ArrayList<>();
        for (String row : rendered("SELECT * FROM index_observation", "index_observation")) {
            rows.add(MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8)));
        }
        rows.sort(java.util.Arrays::compareUnsigned);
        d.update(ByteBuffer.allocate(8).putLong(rows.size()).array());
        rows.forEach(d::update);
        assertThat(hash).isEqualTo(HexFormat.of().formatHex(d.digest()));

        exec("INSERT INTO index_revision VALUES ('cq/data', 2, 1, 99.5)");
        String revised = RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/2").orElseThrow();
        assertThat(revised).isNotEqualTo(hash);
        exec("UPDATE index_revision SET val = 99.6");
        assertThat(RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/2")).isPresent()
                .isNotEqualTo(java.util.Optional.of(revised)).isNotEqualTo(java.util.Optional.of(hash));
        exec("DELETE FROM index_revision");
        assertThat(RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, "cq/data/2")).contains(hash);
    }

    private java.util.List<String> rendered(String sql, String table) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(RecordDigest.render(table, rs));
            }
        }
        return out;
    }

    /**
     * A stored document (binary, rendered as lower-case hex) and text outside Latin-1 (Chinese, a character outside the
     * BMP): the rendering is the class comment's, with every length in UTF-8 bytes, and the content hash is SHA-256 of
     * the length-prefixed strings of the definition over that rendering, i.e. what the pieces fed one by one must equal.
     */
    @Test
    void test_contentHash_binaryAndNonLatinText_equalTheDefinition() throws Exception {
        exec("ALTER TABLE valuation ADD COLUMN doc BYTEA");
        byte[] doc = new byte[70_000];
        new java.util.Random(14).nextBytes(doc);
        String text = "估值报告 – Σ δ 𝄞 " + "数据资产".repeat(3_000);
        try (var s = c.prepareStatement("UPDATE valuation SET doc = ?, note = ? WHERE id = 'v1'")) {
            s.setBytes(1, doc);
            s.setString(2, text);
            s.executeUpdate();
        }
        String rendering = render("v1");
        assertThat(rendering).contains(";doc=X:140000:" + HexFormat.of().formatHex(doc) + ";id=S:2:v1")
                .contains(";note=S:" + text.getBytes(StandardCharsets.UTF_8).length + ":" + text + ";ok=B:4:true");

        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (String part : new String[]{"dataprice-ledger-v1", "valuations", "v1", rendering}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            d.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            d.update(bytes);
        }
        assertThat(content("v1")).isEqualTo(HexFormat.of().formatHex(d.digest()));
    }

    @Test
    void test_chainHash_definition() throws Exception {
        String content = "ab".repeat(32);
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(new byte[32]);
        d.update(HexFormat.of().parseHex(content));
        d.update(ByteBuffer.allocate(8).putLong(1).array());
        d.update("rec-1".getBytes(StandardCharsets.UTF_8));
        assertThat(RecordDigest.chainHash(RecordDigest.GENESIS, content, 1, "rec-1"))
                .isEqualTo(HexFormat.of().formatHex(d.digest()));
    }

    @Test
    void test_chainHash_bindsEveryField() {
        String content = "ab".repeat(32);
        String h = RecordDigest.chainHash(RecordDigest.GENESIS, content, 1, "r");
        assertThat(RecordDigest.chainHash("01".repeat(32), content, 1, "r")).isNotEqualTo(h);
        assertThat(RecordDigest.chainHash(RecordDigest.GENESIS, "ac".repeat(32), 1, "r")).isNotEqualTo(h);
        assertThat(RecordDigest.chainHash(RecordDigest.GENESIS, content, 2, "r")).isNotEqualTo(h);
        assertThat(RecordDigest.chainHash(RecordDigest.GENESIS, content, 1, "s")).isNotEqualTo(h);
        assertThat(h).hasSize(64).matches("[0-9a-f]{64}");
    }
}
