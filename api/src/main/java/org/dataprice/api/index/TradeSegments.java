package org.dataprice.api.index;

import org.dataprice.api.storage.H2DataDirectory;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The trades of a bulk load kept as binary segments (table {@code index_trade_segment}, V72) on the embedded H2
 * store, instead of one {@code index_transaction} row each: a row costs H2 three B-tree inserts and about 2 KB of
 * page writes, which made a 1.37 M-row load cost 34 s of CPU; about forty 1 MiB segments cost a second
 * (docs/benchmarks.md, "Issue 14: a segment store for H2 loads").
 *
 * <p><b>Layout.</b> A segment's body is a run of trades in the {@link TradeSpool} encoding
 * ({@link TradeSpool#write}); within a load the trades are ordered by month, then by line, so the trades of a
 * month are a contiguous run of segments ({@code period_from..period_to}). A segment holds about
 * {@link #SEGMENT} bytes (at most {@link #SEGMENT} + {@link #BLOCK} + one trade). {@code row_count},
 * {@code line_min..line_max} and the CRC-32 of the body are stored with it and checked on every decode: a
 * corrupted or truncated body, a trade outside the segment's months or lines, a price or quantity that is not
 * finite and &gt; 0, or trailing bytes fail with {@link CorruptSegmentException}, never a wrong figure.
 *
 * <p><b>Writing</b> ({@link #write}) streams the load's spool once: each trade is summed into its cell
 * ({@link IndexStore.TradeWriter#cellsOnly}, the same {@code index_load_cell} rows as the row path) and appended
 * to its month's buffer; a month's buffer of {@link #BLOCK} bytes, or all of them once {@link #BUFFERED} bytes
 * are held, go to a temporary block file. The segments are then cut month by month from the blocks. Memory:
 * at most {@link #BUFFERED} + one segment, whatever the load's size.
 *
 * <p><b>Identity and corrections.</b> A segment trade is named by {@code <loadId>:<line>} like a row; its id is
 * {@code trade_base + line}, where each load draws {@code trade_base = }{@link #IDS}{@code  + n × 2^31} from the
 * sequence {@code index_segment_load_seq}: a range {@code index_transaction}'s generated ids never reach, fixed at
 * load, so a trade's id never changes. Its first correction copies it into {@code index_transaction} with that id
 * ({@link #copyIfAbsent}: the primary key makes the copy exactly-once); from then on every reader reads the copy
 * and skips the trade in its segment ({@link #copied}), so {@code index_correction.trade_id} keeps its foreign key
 * and every correction query is unchanged.
 *
 * <p>Only the embedded H2 store writes segments ({@link #applies}); PostgreSQL keeps {@code COPY} into rows.
 * Readers always read both (on PostgreSQL the segment table is empty). Market-deal copies and single JSON
 * trades are always rows.
 */
final class TradeSegments {
    /** Body bytes at which a segment is cut. */
    static final int SEGMENT = 1 << 20;
    /** A month's buffered bytes written to the block file at once. */
    static final int BLOCK = 1 << 18;
    /** All months' buffered bytes at which every buffer is written to the block file. */
    static final int BUFFERED = 16 << 20;
    /** The first id of segment trades (2<sup>62</sup>): generated row ids stay below. */
    static final long IDS = 1L << 62;

    private TradeSegments() {
    }

    /**
     * @param c a connection
     * @return whether bulk loads on it are kept as segments (the embedded H2 store)
     * @throws SQLException on error
     */
    static boolean applies(Connection c) throws SQLException {
        return H2DataDirectory.isEmbeddedH2(c.getMetaData().getURL());
    }

    /**
     * Writes a validated load: as segments with their cell totals on the embedded H2 store, as rows
     * ({@link IndexStore.TradeWriter}) on any other.
     *
     * @param c       the load's transaction
     * @param indexId the index
     * @param loadId  the load
     * @param spool   its trades
     * @throws SQLException on error
     */
    static void store(Connection c, String indexId, String loadId, TradeSpool spool) throws SQLException {
        if (applies(c)) {
            write(c, indexId, loadId, spool);
        } else {
            try (IndexStore.TradeWriter out = new IndexStore.TradeWriter(c, indexId, loadId)) {
                spool.replay(out);
            }
        }
    }

    /**
     * Writes a spool as segments and its cell totals, in the caller's transaction.
     *
     * @param c       the load's transaction
     * @param indexId the index
     * @param loadId  the load
     * @param spool   its trades
     * @throws SQLException on error
     */
    static void write(Connection c, String indexId, String loadId, TradeSpool spool) throws SQLException {
        try (IndexStore.TradeWriter cells = IndexStore.TradeWriter.cellsOnly(c, indexId, loadId);
             Buckets buckets = new Buckets()) {
            spool.replay((line, product, category, month, period, price, quantity, characteristics) -> {
                cells.add(line, product, category, period, price, quantity, characteristics, null);
                buckets.add(month, line, product, category, price, quantity, characteristics);
            });
            cells.finish();
            buckets.writeSegments(c, indexId, loadId, base(c));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the load's segment blocks", e);
        }
    }

    private static long base(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('index_segment_load_seq')");
             ResultSet r = s.executeQuery()) {
            r.next();
            long n = r.getLong(1);
            if (n < 0 || n >= 1L << 31) {
                throw new IllegalStateException("index_segment_load_seq is at " + n + ", outside 0.." + ((1L << 31) - 1));
            }
            return IDS + (n << 31);
        }
    }

    /** The months' buffers and the block file of one load being written. */
    private static final class Buckets implements AutoCloseable {
        private final TreeMap<Integer, Month> months = new TreeMap<>();
        private long buffered;
        private Path file;
        private FileChannel blocks;
        private long end;

        void add(int month, int line, String product, String category, double price, double quantity,
                String characteristics) throws SQLException {
            Month m = months.computeIfAbsent(month, k -> new Month());
            int before = m.bytes.length();
            try {
                TradeSpool.write(m.data, line, product, category, month, price, quantity, characteristics);
                m.rows++;
                m.lineMin = Math.min(m.lineMin, line);
                m.lineMax = Math.max(m.lineMax, line);
                buffered += m.bytes.length() - before;
                if (m.bytes.length() >= BLOCK) {
                    spill(m);
                } else if (buffered >= BUFFERED) {
                    for (Month each : months.values()) {
                        spill(each);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the load's segment blocks", e);
            }
        }

        private void spill(Month m) throws IOException {
            if (m.rows == 0) {
                return;
            }
            if (blocks == null) {
                file = Files.createTempFile("dataprice-load-", ".blocks");
                blocks = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
            }
            byte[] bytes = m.bytes.toByteArray();
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                end += blocks.write(buffer, end);
            }
            m.blocks.add(new Block(end - bytes.length, bytes.length, m.rows, m.lineMin, m.lineMax));
            buffered -= bytes.length;
            m.bytes.reset();
            m.rows = 0;
            m.lineMin = Integer.MAX_VALUE;
            m.lineMax = Integer.MIN_VALUE;
        }

        void writeSegments(Connection c, String indexId, String loadId, long base) throws SQLException, IOException {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO index_trade_segment (index_id, load_id, seq, "
                    + "period_from, period_to, line_min, line_max, row_count, crc32, trade_base, body) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                Segment seg = new Segment(base);
                for (Map.Entry<Integer, Month> e : months.entrySet()) {
                    Month m = e.getValue();
                    for (Block b : m.blocks) {
                        byte[] bytes = new byte[b.length];
                        ByteBuffer buffer = ByteBuffer.wrap(bytes);
                        while (buffer.hasRemaining()) {
                            if (blocks.read(buffer, b.offset + buffer.position()) < 0) {
                                throw new EOFException("the load's block file " + file + " was truncated");
                            }
                        }
                        seg.append(e.getKey(), bytes, bytes.length, b.rows, b.lineMin, b.lineMax);
                        if (seg.body.size() >= SEGMENT) {
                            seg.insert(s, indexId, loadId);
                        }
                    }
                    if (m.rows > 0) {
                        seg.append(e.getKey(), m.bytes.buffer(), m.bytes.length(), m.rows, m.lineMin, m.lineMax);
                        if (seg.body.size() >= SEGMENT) {
                            seg.insert(s, indexId, loadId);
                        }
                    }
                }
                if (seg.rows > 0) {
                    seg.insert(s, indexId, loadId);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (blocks != null) {
                blocks.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A month's buffered trades. */
    private static final class Month {
        private final Bytes bytes = new Bytes();
        private final DataOutputStream data = new DataOutputStream(bytes);
        private final List<Block> blocks = new ArrayList<>();
        private int rows;
        private int lineMin = Integer.MAX_VALUE;
        private int lineMax = Integer.MIN_VALUE;
    }

    /**
     * A byte buffer whose array can be read without a copy, and written without the lock
     * {@link ByteArrayOutputStream} takes on every byte: one load's thread only.
     */
    private static final class Bytes extends ByteArrayOutputStream {
        byte[] buffer() {
            return buf;
        }

        int length() {
            return count;
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(32, buf.length * 2));
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + len > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(count + len, buf.length * 2));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }
    }

    /** Trades of one month in the block file. */
    private record Block(long offset, int length, int rows, int lineMin, int lineMax) {
    }

    /** The segment being cut. */
    private static final class Segment {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(SEGMENT + BLOCK);
        private final long base;
        private int seq;
        private int from;
        private int to;
        private int rows;
        private int lineMin = Integer.MAX_VALUE;
        private int lineMax = Integer.MIN_VALUE;

        Segment(long base) {
            this.base = base;
        }

        void append(int month, byte[] bytes, int length, int n, int min, int max) {
            if (rows == 0) {
                from = month;
            }
            to = month;
            body.write(bytes, 0, length);
            rows += n;
            lineMin = Math.min(lineMin, min);
            lineMax = Math.max(lineMax, max);
        }

        void insert(PreparedStatement s, String indexId, String loadId) throws SQLException {
            byte[] bytes = body.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            s.setString(1, indexId);
            s.setString(2, loadId);
            s.setInt(3, seq++);
            s.setString(4, TradeSpool.month(from).toString());
            s.setString(5, TradeSpool.month(to).toString());
            s.setInt(6, lineMin);
            s.setInt(7, lineMax);
            s.setInt(8, rows);
            s.setLong(9, crc.getValue());
            s.setLong(10, base);
            s.setBytes(11, bytes);
            s.executeUpdate();
            body.reset();
            rows = 0;
            lineMin = Integer.MAX_VALUE;
            lineMax = Integer.MIN_VALUE;
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    /** One trade decoded from a segment. */
    @FunctionalInterface
    interface TradeVisitor {
        /**
         * @param id              its id ({@code trade_base + line})
         * @param loadId          its load
         * @param line            its line in the load
         * @param product         the product id
         * @param category        the category, or null
         * @param period          the month
         * @param price           the unit price, finite and &gt; 0
         * @param quantity        the quantity, finite and &gt; 0
         * @param characteristics the characteristics, or null
         */
        void trade(long id, String loadId, int line, String product, String category, YearMonth period, double price,
                double quantity, String characteristics);
    }

    /** A segment's stored description. */
    private record Meta(String loadId, int seq, YearMonth from, YearMonth to, int lineMin, int lineMax, int rows,
                        long crc, long base) {
    }

    /**
     * Decodes every segment trade of an index whose month lies in {@code from..to}, except the trades copied to
     * rows ({@link #copied}): segments ordered by their first month, load and sequence; within a segment by
     * month, then line. Memory: one segment at a time (the bodies are read one by one).
     *
     * @param c       a connection
     * @param indexId the index
     * @param from    the first month, or null for all up to {@code to}
     * @param to      the last month
     * @param skip    the copied trades ({@link #copied})
     * @param visitor what gets each trade
     * @throws SQLException on error; {@link CorruptSegmentException} for a corrupted segment
     */
    static void read(Connection c, String indexId, YearMonth from, YearMonth to, Set<Long> skip,
            TradeVisitor visitor) throws SQLException {
        List<Meta> metas = metas(c, indexId, "period_from <= ?" + (from == null ? "" : " AND period_to >= ?"),
                s -> {
                    s.setString(2, to.toString());
                    if (from != null) {
                        s.setString(3, from.toString());
                    }
                });
        for (Meta m : metas) {
            decode(indexId, m, body(c, indexId, m), (id, loadId, line, product, category, period, price, quantity, traits) -> {
                if ((from == null || !period.isBefore(from)) && !period.isAfter(to) && !skip.contains(id)) {
                    visitor.trade(id, loadId, line, product, category, period, price, quantity, traits);
                }
            });
        }
    }

    /** A decoded trade found by line. */
    record Found(long id, int line, String product, String category, YearMonth period, double price, double quantity,
                 String characteristics) {
    }

    /**
     * @param c       a connection
     * @param indexId the index
     * @param loadId  the load
     * @param line    the line
     * @return the trade of that line of a segment load, copied or not
     * @throws SQLException on error; {@link CorruptSegmentException} for a corrupted segment
     */
    static Optional<Found> find(Connection c, String indexId, String loadId, int line) throws SQLException {
        List<Meta> metas = metas(c, indexId, "load_id = ? AND line_min <= ? AND line_max >= ?", s -> {
            s.setString(2, loadId);
            s.setInt(3, line);
            s.setInt(4, line);
        });
        Found[] out = new Found[1];
        for (Meta m : metas) {
            decode(indexId, m, body(c, indexId, m), (id, l, n, product, category, period, price, quantity, traits) -> {
                if (n == line) {
                    out[0] = new Found(id, n, product, category, period, price, quantity, traits);
                }
            });
            if (out[0] != null) {
                return Optional.of(out[0]);
            }
        }
        return Optional.empty();
    }

    /**
     * @param c       a connection
     * @param indexId the index
     * @return the ids of its segment trades copied to rows by their first correction
     * @throws SQLException on error
     */
    static Set<Long> copied(Connection c, String indexId) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM index_transaction WHERE id >= ? AND index_id = ?")) {
            s.setLong(1, IDS);
            s.setString(2, indexId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Copies a segment trade into {@code index_transaction} with its id, unless a row has that id already (its
     * first correction; in the caller's transaction).
     *
     * @param c       the correction's transaction
     * @param indexId the index
     * @param id      the trade's id (&ge; {@link #IDS})
     * @param loadId  the load
     * @param line    the line
     * @throws SQLException a unique violation when a concurrent correction copied it first
     * @throws IllegalStateException when no segment holds the trade
     */
    static void copyIfAbsent(Connection c, String indexId, long id, String loadId, int line) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM index_transaction WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
        }
        Found t = find(c, indexId, loadId, line).filter(f -> f.id() == id).orElseThrow(() -> new IllegalStateException(
                "no segment of load " + loadId + " of index '" + indexId + "' holds line " + line + " as trade " + id));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO index_transaction (id, index_id, load_id, line, "
                + "product_id, category, period, price, quantity, characteristics, deal_id) VALUES (?,?,?,?,?,?,?,?,?,?,NULL)")) {
            s.setLong(1, id);
            s.setString(2, indexId);
            s.setString(3, loadId);
            s.setInt(4, line);
            s.setString(5, t.product());
            s.setString(6, t.category());
            s.setString(7, t.period().toString());
            s.setDouble(8, t.price());
            s.setDouble(9, t.quantity());
            s.setString(10, t.characteristics());
            s.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private static List<Meta> metas(Connection c, String indexId, String where, Binder binder) throws SQLException {
        List<Meta> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT load_id, seq, period_from, period_to, line_min, line_max, "
                + "row_count, crc32, trade_base FROM index_trade_segment WHERE index_id = ? AND " + where
                + " ORDER BY period_from, load_id, seq")) {
            s.setString(1, indexId);
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Meta(r.getString(1), r.getInt(2), YearMonth.parse(r.getString(3)),
                            YearMonth.parse(r.getString(4)), r.getInt(5), r.getInt(6), r.getInt(7), r.getLong(8), r.getLong(9)));
                }
            }
        }
        return out;
    }

    private static byte[] body(Connection c, String indexId, Meta m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT body FROM index_trade_segment WHERE index_id = ? AND load_id = ? AND seq = ?")) {
            s.setString(1, indexId);
            s.setString(2, m.loadId());
            s.setInt(3, m.seq());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), "its row disappeared while read");
                }
                return r.getBytes(1);
            }
        }
    }

    /**
     * Decodes one segment body with every bound checked.
     *
     * @param indexId the index
     * @param m       the segment's stored description
     * @param body    its body
     * @param visitor what gets each trade
     * @throws CorruptSegmentException when the body does not match its description
     */
    private static void decode(String indexId, Meta m, byte[] body, TradeVisitor visitor) {
        CRC32 crc = new CRC32();
        crc.update(body);
        if (crc.getValue() != m.crc()) {
            throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), "its CRC-32 is " + crc.getValue()
                    + ", stored " + m.crc());
        }
        Cursor cursor = new Cursor(body);
        DataInputStream in = new DataInputStream(cursor);
        int fromMonth = TradeSpool.month(m.from());
        int toMonth = TradeSpool.month(m.to());
        YearMonth period = null;
        int cached = Integer.MIN_VALUE;
        try {
            for (int k = 0; k < m.rows(); k++) {
                int line = in.readInt();
                String product = in.readUTF();
                String category = TradeSpool.readNullable(in);
                int month = in.readInt();
                double price = in.readDouble();
                double quantity = in.readDouble();
                String traits = TradeSpool.readNullable(in);
                if (line < m.lineMin() || line > m.lineMax()) {
                    throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), "trade " + k + " has line " + line
                            + " outside " + m.lineMin() + ".." + m.lineMax());
                }
                if (month < fromMonth || month > toMonth) {
                    throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), "trade " + k + " (line " + line
                            + ") has a month outside " + m.from() + ".." + m.to());
                }
                if (!(price > 0 && Double.isFinite(price) && quantity > 0 && Double.isFinite(quantity))
                        || product.isEmpty()) {
                    throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), "trade " + k + " (line " + line
                            + ") has an empty product or a price or quantity that is not finite and > 0");
                }
                if (month != cached) {
                    cached = month;
                    period = TradeSpool.month(month);
                }
                visitor.trade(m.base() + line, m.loadId(), line, product, category, period, price, quantity, traits);
            }
        } catch (EOFException e) {
            throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), "its body ends inside trade "
                    + "(" + m.rows() + " stored)");
        } catch (IOException e) {
            throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), "its body cannot be decoded: " + e.getMessage());
        }
        if (cursor.remaining() != 0) {
            throw new CorruptSegmentException(indexId, m.loadId(), m.seq(), cursor.remaining()
                    + " bytes follow its " + m.rows() + " trades");
        }
    }

    /** An unsynchronised reader of a byte array ({@link java.io.ByteArrayInputStream} locks on every byte). */
    private static final class Cursor extends InputStream {
        private final byte[] bytes;
        private int at;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (at >= bytes.length) {
                return -1;
            }
            int n = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }

        int remaining() {
            return bytes.length - at;
        }
    }

    /**
     * A stored segment that does not decode to what its row describes (checksum, row count, lines, months or
     * values): the store is damaged; the read fails rather than answer from partial or wrong trades. Answered
     * 503 {@code store-integrity} naming the index, load and segment ({@link CorruptSegmentHandler}); a release or
     * load job that meets one ends FAILED with that type and the same {@link #detail()} ({@code IndexJobs}).
     */
    public static final class CorruptSegmentException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final String indexId;
        private final String loadId;
        private final int seq;

        CorruptSegmentException(String indexId, String loadId, int seq, String what) {
            super("segment " + seq + " of load " + loadId + " of index '" + indexId + "' is corrupt: " + what);
            this.indexId = indexId;
            this.loadId = loadId;
            this.seq = seq;
        }

        /** @return the index whose trades the segment holds */
        public String indexId() {
            return indexId;
        }

        /** @return the load the segment belongs to */
        public String loadId() {
            return loadId;
        }

        /** @return the segment's number within its load, from 0 */
        public int seq() {
            return seq;
        }

        /**
         * @return what a client is told (HTTP 503 and a job's failure reason alike): what is damaged, that nothing
         *         was computed from it, and what an operator does about it
         */
        public String detail() {
            return "The stored trades needed for this answer are damaged: " + getMessage()
                    + ". Nothing was computed from them. An operator must restore the store from a backup, or the trades "
                    + "of load " + loadId + " must be loaded again into a new index.";
        }
    }
}
