package org.dataprice.api.ledger;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The content hash of a ledger record and the chain hash of a ledger entry, computed from the rows as
 * stored: the append and the verifier both read the record back through this class, so they cannot
 * disagree about what was written.
 *
 * <p><b>Canonical row.</b> A row renders as {@code table} followed by its non-NULL columns in ascending
 * order of their lower-case name, each as {@code ;name=T:len:value} where {@code T} is the value's kind
 * and {@code len} the UTF-8 byte length of {@code value} (so no value can imitate a separator):
 * <table>
 *   <caption>Value rendering by column type</caption>
 *   <tr><th>JDBC type</th><th>T</th><th>value</th></tr>
 *   <tr><td>NUMERIC, DECIMAL</td><td>N</td><td>{@code BigDecimal.stripTrailingZeros().toPlainString()}
 *       (independent of the column's scale: widening a column keeps the hash; {@code 0} for zero)</td></tr>
 *   <tr><td>TINYINT..BIGINT</td><td>I</td><td>decimal</td></tr>
 *   <tr><td>REAL, FLOAT, DOUBLE</td><td>F</td><td>the IEEE-754 bits in hex ({@code Double.toString}
 *       changed in JDK 19; the bits never change)</td></tr>
 *   <tr><td>BOOLEAN, BIT</td><td>B</td><td>{@code true} / {@code false}</td></tr>
 *   <tr><td>DATE</td><td>D</td><td>ISO-8601 date</td></tr>
 *   <tr><td>TIMESTAMP WITH TIME ZONE</td><td>T</td><td>the UTC instant at microsecond precision,
 *       ISO-8601 ({@code 2026-01-31T10:00:00.123456Z})</td></tr>
 *   <tr><td>TIMESTAMP</td><td>L</td><td>ISO-8601 local date-time, microseconds</td></tr>
 *   <tr><td>BINARY, BLOB</td><td>X</td><td>lower-case hex</td></tr>
 *   <tr><td>anything else (text)</td><td>S</td><td>{@code ResultSet.getString}</td></tr>
 * </table>
 * A NULL column is left out rather than marked: a later migration that adds a nullable column (as
 * V35 did) then leaves every existing hash valid, while setting a column to or from NULL still changes
 * the rendering, because every present value carries its column name.
 *
 * <p><b>Content hash.</b> {@code SHA-256("dataprice-ledger-v1" ‖ ledger ‖ record id ‖ root row ‖ for each
 * child table in {@link Ledger#children()} order: table ‖ row count ‖ the SHA-256 of each of its rows
 * in ascending unsigned byte order)}, each string prefixed with its length; a child table added to the
 * ledger later ({@link Ledger.Child#omittedIfEmpty()}) is left out when the record has no row in it. Child rows are ordered by
 * their own hash, not by an SQL ORDER BY, so that a database collation change (a glibc upgrade under
 * PostgreSQL) cannot alter a hash. Memory: 32 bytes per child row of the one record being hashed; rows
 * are streamed.
 *
 * <p><b>Chain hash.</b> {@code SHA-256(prev ‖ content ‖ seq ‖ recordId)} with {@code prev} and
 * {@code content} the 32 raw hash bytes, {@code seq} 8 bytes big-endian and {@code recordId} its UTF-8
 * bytes; the first entry's {@code prev} is 32 zero bytes ({@link #GENESIS}).
 *
 * <p>Source: the construction is a hash chain (Haber &amp; Stornetta, "How to time-stamp a digital
 * document", J. Cryptology 3(2), 1991); SHA-256 per FIPS 180-4. Thread-safe (stateless).
 */
public final class RecordDigest {
    /** The {@code prev} hash of the first entry of every ledger, hex. */
    public static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "dataprice-ledger-v1";
    private static final int FETCH = 500;

    private RecordDigest() {
    }

    /**
     * Reads a record back and hashes it.
     *
     * @param c        a connection (the appending transaction's, or the verifier's)
     * @param ledger   the ledger
     * @param recordId the record id
     * @return the content hash in hex, or empty when the root row does not exist
     * @throws SQLException on a database error
     */
    public static Optional<String> contentHash(Connection c, Ledger ledger, String recordId) throws SQLException {
        MessageDigest record = sha256();
        string(record, VERSION);
        string(record, ledger.id());
        string(record, recordId);
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + ledger.table() + " r WHERE "
                + ledger.keyPredicate("r"))) {
            ledger.bindKey(s, 1, recordId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Rendering root = new Columns(rs.getMetaData()).render(ledger.table(), rs);
                record.update(ByteBuffer.allocate(Integer.BYTES).putInt(root.length).array());
                root.feed(record);
            }
        }
        for (Ledger.Child child : ledger.children()) {
            StringBuilder where = new StringBuilder();
            for (String column : child.columns()) {
                where.append(where.length() == 0 ? "" : " AND ").append(column).append(" = ?");
            }
            List<byte[]> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + child.table() + " WHERE " + where)) {
                s.setFetchSize(FETCH);
                ledger.bindKey(s, 1, recordId);
                try (ResultSet rs = s.executeQuery()) {
                    MessageDigest row = sha256();
                    Columns columns = null;
                    while (rs.next()) {
                        if (columns == null) {
                            columns = new Columns(rs.getMetaData());
                        }
                        columns.render(child.table(), rs).feed(row);
                        rows.add(row.digest());
                    }
                }
            }
            if (rows.isEmpty() && child.omittedIfEmpty()) {
                continue; // a child added after the record was chained: its absence keeps the old hash
            }
            rows.sort(Arrays::compareUnsigned);
            string(record, child.table());
            record.update(ByteBuffer.allocate(Long.BYTES).putLong(rows.size()).array());
            rows.forEach(record::update);
        }
        return Optional.of(HexFormat.of().formatHex(record.digest()));
    }

    /**
     * The chain hash of an entry.
     *
     * @param prev     the previous entry's chain hash, hex ({@link #GENESIS} for the first)
     * @param content  this entry's content hash, hex
     * @param seq      this entry's sequence number, from 1
     * @param recordId the record id
     * @return {@code SHA-256(prev ‖ content ‖ seq ‖ recordId)}, hex
     */
    public static String chainHash(String prev, String content, long seq, String recordId) {
        MessageDigest d = sha256();
        d.update(HexFormat.of().parseHex(prev));
        d.update(HexFormat.of().parseHex(content));
        d.update(ByteBuffer.allocate(Long.BYTES).putLong(seq).array());
        d.update(recordId.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The canonical rendering of the current row of a result set (see the class comment).
     *
     * @param table the table it came from
     * @param rs    a result set positioned on a row
     * @return the rendering
     * @throws SQLException on a database error
     */
    public static String render(String table, ResultSet rs) throws SQLException {
        return new String(new Columns(rs.getMetaData()).render(table, rs).bytes(), StandardCharsets.UTF_8);
    }

    /**
     * A row's canonical rendering as the UTF-8 bytes of its pieces (the table name, then per present column its
     * {@code ;name=T:len:} header and its value), kept apart so that the hash is fed without joining them: a stored
     * document of 70 KB is rendered as 140 KB of hex once, instead of once as text, once more to count its UTF-8
     * bytes, once into the joined row and once more as the joined row's bytes. Every piece boundary falls next to an
     * ASCII separator, so the pieces' bytes are exactly the UTF-8 bytes of the joined rendering.
     */
    private static final class Rendering {
        private final List<byte[]> pieces = new ArrayList<>();
        private int length;

        void add(byte[] piece) {
            pieces.add(piece);
            length += piece.length;
        }

        void feed(MessageDigest d) {
            for (byte[] piece : pieces) {
                d.update(piece);
            }
        }

        byte[] bytes() {
            byte[] out = new byte[length];
            int at = 0;
            for (byte[] piece : pieces) {
                System.arraycopy(piece, 0, out, at, piece.length);
                at += piece.length;
            }
            return out;
        }
    }

    /**
     * A result set's columns in rendering order (ascending lower-case name) with their types, read once
     * per result set rather than once per row.
     */
    private static final class Columns {
        private final String[] names;
        private final int[] index;
        private final int[] type;
        private final String[] typeName;

        Columns(ResultSetMetaData meta) throws SQLException {
            TreeMap<String, Integer> columns = new TreeMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
            int n = columns.size();
            names = new String[n];
            index = new int[n];
            type = new int[n];
            typeName = new String[n];
            int k = 0;
            for (var column : columns.entrySet()) {
                names[k] = column.getKey();
                index[k] = column.getValue();
                type[k] = meta.getColumnType(column.getValue());
                typeName[k] = meta.getColumnTypeName(column.getValue());
                k++;
            }
        }

        Rendering render(String table, ResultSet rs) throws SQLException {
            Rendering out = new Rendering();
            out.add(table.getBytes(StandardCharsets.UTF_8));
            for (int k = 0; k < names.length; k++) {
                Value value = value(rs, index[k], type[k], typeName[k]);
                if (value != null) {
                    out.add((";" + names[k] + "=" + value.kind() + ":" + value.utf8().length + ":")
                            .getBytes(StandardCharsets.UTF_8));
                    out.add(value.utf8());
                }
            }
            return out;
        }
    }

    /** @return the kind and UTF-8 text of column i, or null when NULL */
    private static Value value(ResultSet rs, int i, int type, String typeName) throws SQLException {
        switch (type) {
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal v = rs.getBigDecimal(i);
                return v == null ? null : Value.of('N', v.stripTrailingZeros().toPlainString());
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long v = rs.getLong(i);
                return rs.wasNull() ? null : Value.of('I', Long.toString(v));
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double v = rs.getDouble(i);
                return rs.wasNull() ? null : Value.of('F', Long.toHexString(Double.doubleToLongBits(v)));
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                return rs.wasNull() ? null : Value.of('B', Boolean.toString(v));
            }
            case Types.DATE -> {
                LocalDate v = rs.getObject(i, LocalDate.class);
                return v == null ? null : Value.of('D', v.toString());
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                return instant(rs, i);
            }
            case Types.TIMESTAMP -> {
                String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
                if (name.contains("tz") || name.contains("time zone")) {
                    return instant(rs, i);
                }
                LocalDateTime v = rs.getObject(i, LocalDateTime.class);
                return v == null ? null : Value.of('L', v.truncatedTo(ChronoUnit.MICROS).toString());
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] v = rs.getBytes(i);
                return v == null ? null : new Value('X', hex(v));
            }
            default -> {
                String v = rs.getString(i);
                return v == null ? null : new Value('S', v.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static Value instant(ResultSet rs, int i) throws SQLException {
        OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
        return v == null ? null : Value.of('T', v.toInstant().truncatedTo(ChronoUnit.MICROS).toString());
    }

    /** A present column's kind letter and its value's UTF-8 bytes. */
    private record Value(char kind, byte[] utf8) {
        static Value of(char kind, String text) {
            return new Value(kind, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** @return the lower-case hex of {@code v} as ASCII bytes, the same characters as {@code HexFormat.of().formatHex} */
    static byte[] hex(byte[] v) {
        byte[] out = new byte[v.length * 2];
        for (int i = 0, j = 0; i < v.length; i++, j += 2) {
            out[j] = HEX_DIGITS[(v[i] >> 4) & 0xf];
            out[j + 1] = HEX_DIGITS[v[i] & 0xf];
        }
        return out;
    }

    private static void string(MessageDigest d, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        d.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        d.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
