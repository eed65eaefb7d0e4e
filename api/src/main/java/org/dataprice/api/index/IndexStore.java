package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.transaction.WriteConflicts;
import org.dataprice.index.correction.Amendment;
import org.dataprice.index.correction.CorrectionAction;
import org.dataprice.index.correction.CorrectionSet;
import org.dataprice.index.correction.Trade;
import org.dataprice.index.correction.TradeCorrection;
import org.dataprice.index.series.Revision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index tables (migration {@code V30__index_publication.sql}) through plain JDBC: bulk loads need
 * batched inserts inside one transaction, and publication relies on the unique constraints of
 * {@code index_release} and {@code index_load} as cross-instance locks. Releases and observations are
 * only ever inserted. Thread-safe.
 */
@Singleton
public class IndexStore {

    private final Transactions transactions;
    private final LedgerChain chain;

    /**
     * @param transactions the service's transactions
     * @param chain        the ledger chain (a release with its observations is a record of the index-releases ledger)
     */
    public IndexStore(Transactions transactions, LedgerChain chain) {
        this.transactions = transactions;
        this.chain = chain;
    }

    /**
     * Runs JDBC work in a write transaction (joining an open one): committed when it returns, rolled back when it
     * throws ({@link Transactions#onConnection}).
     *
     * @param work the work
     * @param <T>  its result
     * @return its result
     */
    public <T> T write(Transactions.ConnectionWork<T> work) {
        return transactions.onConnection(work);
    }

    /**
     * @param work read-only JDBC work
     * @param <T>  its result
     * @return its result
     */
    public <T> T read(Transactions.ConnectionWork<T> work) {
        return transactions.readOnConnection(work);
    }

    // ------------------------------------------------------------------------------------------ definitions

    /**
     * Inserts a definition and its calendar; 409 when the id exists.
     *
     * @param d    the definition
     * @param json the request as JSON
     * @param now  the time
     * @param by   the principal
     */
    public void insertDefinition(IndexDefinition d, String json, Instant now, String by) {
        try {
            write(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO index_definition (id, name_en, name_zh, method, "
                        + "methodology_version, definition_json, created_at, created_by) VALUES (?,?,?,?,?,?,?,?)")) {
                    s.setString(1, d.id());
                    s.setString(2, d.nameEn());
                    s.setString(3, d.nameZh());
                    s.setString(4, d.settings().method());
                    s.setString(5, d.methodologyVersion());
                    s.setString(6, json);
                    s.setTimestamp(7, Timestamp.from(now));
                    s.setString(8, by);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO index_release_calendar (index_id, period, release_at) VALUES (?,?,?)")) {
                    for (Map.Entry<YearMonth, Instant> e : d.calendar().entrySet()) {
                        s.setString(1, d.id());
                        s.setString(2, e.getKey().toString());
                        s.setTimestamp(3, Timestamp.from(e.getValue()));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (WriteConflicts.isUniqueViolation(e)) {
                throw new ProblemException(ProblemType.CONFLICT, "index '" + d.id() + "' is already defined");
            }
            throw e;
        }
    }

    /**
     * @param id an index id
     * @return its stored definition JSON, created_at and created_by
     */
    public Optional<StoredDefinition> definition(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT definition_json, created_at, created_by FROM index_definition WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new StoredDefinition(r.getString(1), r.getTimestamp(2).toInstant(),
                            r.getString(3))) : Optional.empty();
                }
            }
        });
    }

    /** @return every index id, sorted */
    public List<String> definitionIds() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM index_definition ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * A stored definition.
     *
     * @param json      the request JSON
     * @param createdAt when
     * @param createdBy who
     */
    public record StoredDefinition(String json, Instant createdAt, String createdBy) {
    }

    /**
     * @param indexId an index
     * @return its release calendar by period
     */
    public java.util.TreeMap<YearMonth, Instant> calendar(String indexId) {
        return read(c -> {
            java.util.TreeMap<YearMonth, Instant> out = new java.util.TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT period, release_at FROM index_release_calendar WHERE index_id = ?")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(YearMonth.parse(r.getString(1)), r.getTimestamp(2).toInstant());
                    }
                }
            }
            return out;
        });
    }

    /**
     * Appends release dates; 409 when a period is already scheduled (a concurrent append).
     *
     * @param indexId the index
     * @param dates   period → release time
     */
    public void appendCalendar(String indexId, Map<YearMonth, Instant> dates) {
        try {
            write(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO index_release_calendar (index_id, period, release_at) VALUES (?,?,?)")) {
                    for (Map.Entry<YearMonth, Instant> e : dates.entrySet()) {
                        s.setString(1, indexId);
                        s.setString(2, e.getKey().toString());
                        s.setTimestamp(3, Timestamp.from(e.getValue()));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (WriteConflicts.isUniqueViolation(e)) {
                throw new ProblemException(ProblemType.CONFLICT, "a period of the calendar of '" + indexId
                        + "' was scheduled concurrently; read the calendar and retry");
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------------------------------ loads

    /**
     * A load of transactions.
     *
     * @param id             the load id
     * @param indexId        the index
     * @param caller         who loaded
     * @param idempotencyKey the key
     * @param payloadSha256  SHA-256 of the body
     * @param source         CSV or JSON
     * @param rows           rows loaded
     * @param createdAt      when
     */
    public record LoadRecord(String id, String indexId, String caller, String idempotencyKey, String payloadSha256,
                             String source, int rows, Instant createdAt) {
    }

    /**
     * @param indexId the index
     * @param caller  the principal
     * @param key     the Idempotency-Key
     * @return the load made with that key, if any
     */
    public Optional<LoadRecord> findLoad(String indexId, String caller, String key) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, payload_sha256, source, row_count, created_at "
                    + "FROM index_load WHERE index_id = ? AND caller = ? AND idempotency_key = ?")) {
                s.setString(1, indexId);
                s.setString(2, caller);
                s.setString(3, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new LoadRecord(r.getString(1), indexId, caller, key, r.getString(2),
                            r.getString(3), r.getInt(4), r.getTimestamp(5).toInstant())) : Optional.empty();
                }
            }
        });
    }

    /**
     * Inserts a load row (inside the transaction that inserted its trades).
     *
     * @param c    the connection
     * @param load the load
     * @throws SQLException a unique violation when the key was used concurrently
     */
    public static void insertLoad(Connection c, LoadRecord load) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO index_load (id, index_id, caller, idempotency_key, "
                + "payload_sha256, source, row_count, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
            s.setString(1, load.id());
            s.setString(2, load.indexId());
            s.setString(3, load.caller());
            s.setString(4, load.idempotencyKey());
            s.setString(5, load.payloadSha256());
            s.setString(6, load.source());
            s.setInt(7, load.rows());
            s.setTimestamp(8, Timestamp.from(load.createdAt()));
            s.executeUpdate();
        }
    }

    /**
     * The one writer of trades ({@code index_transaction}) and of their per-load totals
     * ({@code index_load_cell}, V47): every trade is inserted in JDBC batches of {@link #BATCH} and summed
     * into its cell (period, product): {@code Σ p q}, {@code Σ q}, count; {@link #finish} writes the last batch
     * and the cells, one row per cell of the load (more than one when the load touched more than
     * {@link #MAX_CELLS} cells: they are written as the map fills, and rows of one cell add up). Memory is one
     * batch and at most {@link #MAX_CELLS} cells, whatever the size of the load. A release reads these totals
     * instead of the trades ({@link #tradeTotals}). Used inside the caller's transaction: the trades and their
     * totals commit or roll back together. Not thread-safe (one load).
     *
     * <p>On PostgreSQL the trades go through one {@code COPY index_transaction (...) FROM STDIN (FORMAT csv)}
     * of the PG JDBC driver's {@link org.postgresql.copy.CopyManager} instead of batched {@code INSERT}s: the
     * rows are encoded as CSV text (every text quoted, {@code ""} for a quote, an unquoted empty field for
     * NULL; doubles as {@link Double#toString}, the shortest text that reads back as the same double) and
     * streamed to the server in chunks of {@link #COPY_CHUNK} bytes, so memory stays one chunk. COPY is one
     * statement inside the same transaction: a unique violation (the {@code (index_id, deal_id)} key of a
     * market-deal copy) fails it with SQLSTATE 23505 like an insert would, and a rollback discards it. Why: a
     * batched insert costs a statement execution per row on the server (parse-free but planned, with a
     * round trip per batch); COPY is the server's bulk path (docs/benchmarks.md, "Issue 14: spool-first loads").
     * Any other store (H2) gets the batched inserts.
     */
    public static final class TradeWriter implements AutoCloseable {
        /** Rows per JDBC batch. */
        public static final int BATCH = 5_000;
        /** Cells held before they are written. */
        public static final int MAX_CELLS = 200_000;
        /** Bytes of CSV text sent to a PostgreSQL COPY at a time. */
        public static final int COPY_CHUNK = 1 << 18;
        private static final String COLUMNS = "index_transaction (index_id, load_id, line, product_id, category, "
                + "period, price, quantity, characteristics, deal_id)";

        private final Connection c;
        private final String indexId;
        private final String loadId;
        private final PreparedStatement insert;
        private org.postgresql.copy.CopyIn copy;
        private final StringBuilder text = new StringBuilder();
        // keyed by TradeSpool.month(period): YearMonth's hash puts every month of a year in one HashMap bucket
        private final Map<Integer, Map<String, Cell>> cells = new HashMap<>();
        private int held;
        private int pending;

        /**
         * @param c       the transaction's connection
         * @param indexId the index
         * @param loadId  the load the trades belong to
         * @throws SQLException on error
         */
        public TradeWriter(Connection c, String indexId, String loadId) throws SQLException {
            this(c, indexId, loadId, true);
        }

        /**
         * A writer of the per-load cell totals only: {@link #add} sums each trade into its cell and writes no
         * trade row (the trades are kept elsewhere: {@link TradeSegments} on the embedded H2 store).
         *
         * @param c       the transaction's connection
         * @param indexId the index
         * @param loadId  the load the trades belong to
         * @return the writer
         * @throws SQLException on error
         */
        static TradeWriter cellsOnly(Connection c, String indexId, String loadId) throws SQLException {
            return new TradeWriter(c, indexId, loadId, false);
        }

        private TradeWriter(Connection c, String indexId, String loadId, boolean rows) throws SQLException {
            this.c = c;
            this.indexId = indexId;
            this.loadId = loadId;
            if (!rows) {
                this.insert = null;
            } else if (usesCopy(c)) {
                this.insert = null;
                startCopy();
            } else {
                this.insert = c.prepareStatement("INSERT INTO " + COLUMNS + " VALUES (?,?,?,?,?,?,?,?,?,?)");
            }
        }

        /**
         * @param c a connection
         * @return whether trades written on it go through PostgreSQL's COPY (the connection is the PG JDBC driver's)
         * @throws SQLException on error
         */
        static boolean usesCopy(Connection c) throws SQLException {
            return c.isWrapperFor(org.postgresql.PGConnection.class);
        }

        /**
         * Adds one valid trade (the caller has checked it).
         *
         * @param line            its line in the load (1-based)
         * @param product         the product id
         * @param category        the category, or null
         * @param period          the month
         * @param price           the unit price, finite and &gt; 0
         * @param quantity        the quantity, finite and &gt; 0
         * @param characteristics the stored characteristics, or null
         * @param dealId          the market deal it copies, or null
         * @throws SQLException on error
         */
        public void add(int line, String product, String category, YearMonth period, double price, double quantity,
                String characteristics, String dealId) throws SQLException {
            if (copy != null) {
                quoted(indexId).append(',');
                quoted(loadId).append(',').append(line).append(',');
                quoted(product).append(',');
                quoted(category).append(',').append(period).append(',').append(price).append(',').append(quantity)
                        .append(',');
                quoted(characteristics).append(',');
                quoted(dealId).append('\n');
                if (text.length() >= COPY_CHUNK) {
                    sendCopy();
                }
                sum(product, category, period, price, quantity);
                return;
            }
            if (insert == null) { // cells only
                sum(product, category, period, price, quantity);
                return;
            }
            insert.setString(1, indexId);
            insert.setString(2, loadId);
            insert.setInt(3, line);
            insert.setString(4, product);
            insert.setString(5, category);
            insert.setString(6, period.toString());
            insert.setDouble(7, price);
            insert.setDouble(8, quantity);
            insert.setString(9, characteristics);
            insert.setString(10, dealId);
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
            sum(product, category, period, price, quantity);
        }

        /** CSV of COPY: null is an unquoted empty field; any text is quoted, a quote doubled. */
        private StringBuilder quoted(String value) {
            if (value == null) {
                return text;
            }
            text.append('"');
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                text.append(ch);
                if (ch == '"') {
                    text.append('"');
                }
            }
            return text.append('"');
        }

        private void startCopy() throws SQLException {
            copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("COPY " + COLUMNS + " FROM STDIN (FORMAT csv)");
        }

        private void endCopy() throws SQLException {
            if (text.length() > 0) {
                sendCopy();
            }
            copy.endCopy();
        }

        private void sendCopy() throws SQLException {
            byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }

        private void sum(String product, String category, YearMonth period, double price, double quantity)
                throws SQLException {
            Integer key = TradeSpool.month(period);
            Map<String, Cell> month = cells.get(key);
            Cell cell = month == null ? null : month.get(product);
            if (cell == null) {
                if (held == MAX_CELLS) {
                    if (copy != null) { // the connection cannot run another statement inside a COPY
                        endCopy();
                        flushCells();
                        startCopy();
                    } else {
                        flushCells();
                    }
                }
                cell = new Cell(category);
                cells.computeIfAbsent(key, k -> new HashMap<>()).put(product, cell);
                held++;
            }
            cell.value += price * quantity;
            cell.units += quantity;
            cell.count++;
        }

        /**
         * Writes what is left: the last batch of trades and the cells.
         *
         * @throws SQLException on error
         */
        public void finish() throws SQLException {
            if (copy != null) {
                endCopy();
            }
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
            flushCells();
        }

        private void flushCells() throws SQLException {
            if (cells.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO index_load_cell (index_id, load_id, period, "
                    + "product_id, category, value_sum, quantity_sum, trades) VALUES (?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (Map.Entry<Integer, Map<String, Cell>> month : cells.entrySet()) {
                    String period = TradeSpool.month(month.getKey()).toString();
                    for (Map.Entry<String, Cell> e : month.getValue().entrySet()) {
                        s.setString(1, indexId);
                        s.setString(2, loadId);
                        s.setString(3, period);
                        s.setString(4, e.getKey());
                        s.setString(5, e.getValue().category);
                        s.setDouble(6, e.getValue().value);
                        s.setDouble(7, e.getValue().units);
                        s.setInt(8, e.getValue().count);
                        s.addBatch();
                        if (++n % BATCH == 0) {
                            s.executeBatch();
                        }
                    }
                }
                if (n % BATCH != 0) {
                    s.executeBatch();
                }
            }
            cells.clear();
            held = 0;
        }

        @Override
        public void close() throws SQLException {
            if (insert != null) {
                insert.close();
            }
            if (copy != null && copy.isActive()) {
                copy.cancelCopy(); // not finished: the caller's transaction is failing anyway
            }
        }

        /** One cell's running sums. */
        private static final class Cell {
            private final String category;
            private double value;
            private double units;
            private int count;

            Cell(String category) {
                this.category = category;
            }
        }
    }

    /**
     * The characteristics of each product of an index (column {@code characteristics}, V46) over the
     * trades of months up to {@code upTo}: every distinct stored value, so that a product with two
     * different values, or with trades that carry none (e.g. copied from market deals), shows as such. Reads the
     * rows and the segments of bulk loads ({@link TradeSegments}): its cost grows with the trades read, as a
     * release with an outlier filter does; only definitions with characteristic columns ask.
     *
     * @param indexId the index
     * @param upTo    the last month read
     * @return per product, its distinct stored values ({@code null} for a trade without characteristics)
     */
    public Map<String, java.util.Set<String>> productCharacteristics(String indexId, YearMonth upTo) {
        return read(c -> {
            Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT product_id, characteristics "
                    + "FROM index_transaction WHERE index_id = ? AND period <= ?")) {
                s.setString(1, indexId);
                s.setString(2, upTo.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.computeIfAbsent(r.getString(1), k -> new java.util.LinkedHashSet<>()).add(r.getString(2));
                    }
                }
            }
            // bulk loads on the embedded H2 store (a copied trade has the values of its copy: a set keeps one)
            TradeSegments.read(c, indexId, null, upTo, java.util.Set.of(), (id, load, line, product, category, period, price,
                    quantity, traits) -> out.computeIfAbsent(product, k -> new java.util.LinkedHashSet<>()).add(traits));
            return out;
        });
    }

    /**
     * The coverage of one month: the trades loaded for it (before corrections), the distinct products they are of,
     * and how many of them were imported from concluded exchange deals.
     *
     * @param trades   trades loaded
     * @param products distinct products
     * @param deals    trades copied from exchange deals ({@code deal_id} set)
     */
    public record Coverage(long trades, long products, long deals) {
    }

    /**
     * Trades and products per month, as loaded (corrections not applied: a correction becomes public with the release
     * that applies it, so counting after corrections could reveal an embargoed one). Read from the per-load cell
     * totals ({@code index_load_cell}: trades summed, distinct products) and the deal-copied rows: the cost grows with
     * loads × cells, not with trades, and rows and segments ({@link TradeSegments}) count alike.
     *
     * @param indexId the index
     * @param upTo    the last month counted (the latest released period, so no embargoed month is described)
     * @return per month, its coverage, months increasing
     */
    public java.util.SortedMap<YearMonth, Coverage> coverage(String indexId, YearMonth upTo) {
        return read(c -> {
            java.util.SortedMap<YearMonth, Coverage> out = new java.util.TreeMap<>();
            // every trade as loaded is in one cell row of its load (rows and segments alike; a trade copied on its
            // first correction is not counted again); the deals from the rows that copy them
            Map<String, Long> deals = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT period, COUNT(*) FROM index_transaction "
                    + "WHERE index_id = ? AND period <= ? AND deal_id IS NOT NULL GROUP BY period")) {
                s.setString(1, indexId);
                s.setString(2, upTo.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        deals.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT period, SUM(trades), COUNT(DISTINCT product_id) "
                    + "FROM index_load_cell WHERE index_id = ? AND period <= ? GROUP BY period")) {
                s.setString(1, indexId);
                s.setString(2, upTo.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(YearMonth.parse(r.getString(1)), new Coverage(r.getLong(2), r.getLong(3),
                                deals.getOrDefault(r.getString(1), 0L)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * @param indexId the index
     * @return the category of every product already loaded (first seen), and of every product an
     *         amendment moved a trade to (with that trade's category), so that a later load cannot put
     *         such a product in another category
     */
    public Map<String, String> productCategories(String indexId) {
        return read(c -> productCategories(c, indexId));
    }

    /**
     * {@link #productCategories(String)} on the caller's transaction.
     *
     * @param c       the transaction's connection
     * @param indexId the index
     * @return the category of every product, {@code ""} for none
     * @throws SQLException on a database error
     */
    static Map<String, String> productCategories(Connection c, String indexId) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT product_id, category FROM index_load_cell WHERE index_id = ?")) { // rows and segments
            s.setString(1, indexId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.putIfAbsent(r.getString(1), r.getString(2) == null ? "" : r.getString(2));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT k.product_id, t.category FROM index_correction k "
                + "JOIN index_transaction t ON t.id = k.trade_id WHERE k.index_id = ? AND k.product_id IS NOT NULL")) {
            s.setString(1, indexId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.putIfAbsent(r.getString(1), r.getString(2) == null ? "" : r.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Trades of an index up to a month, in columns.
     *
     * @param periods    period per row
     * @param products   product per row
     * @param categories category per product
     * @param price      price per row
     * @param quantity   quantity per row
     * @param corrections the corrections applied to the rows (every correction of the index when read)
     */
    public record Trades(List<YearMonth> periods, List<String> products, Map<String, String> categories,
                         double[] price, double[] quantity, CorrectionSet corrections) {
        /** @return the number of rows */
        public int size() {
            return periods.size();
        }
    }

    /**
     * The trades of an index as a release sees them: every correction of the index applied
     * ({@link CorrectionSet}: voided trades left out, amended ones with their new values, which may move
     * a trade into or out of the months read), then the months up to {@code upTo} kept.
     *
     * @param indexId the index
     * @param upTo    the last month read
     * @return the corrected trades of months up to {@code upTo}
     */
    public Trades trades(String indexId, YearMonth upTo) {
        return read(c -> {
            CorrectionSet corrections = new CorrectionSet(corrections(c, indexId, null));
            Columns columns = new Columns();
            Map<String, YearMonth> months = new HashMap<>();
            // a corrected trade is read whatever its month: an amendment may move it into the months read
            // (two index-friendly halves: the months read, and the corrected trades of later months)
            try (PreparedStatement s = c.prepareStatement("SELECT id, product_id, category, period, price, quantity "
                    + "FROM index_transaction WHERE index_id = ? AND period <= ? UNION ALL "
                    + "SELECT id, product_id, category, period, price, quantity FROM index_transaction "
                    + "WHERE index_id = ? AND period > ? AND id IN (SELECT trade_id FROM index_correction WHERE index_id = ?)")) {
                s.setFetchSize(10_000);
                s.setString(1, indexId);
                s.setString(2, upTo.toString());
                s.setString(3, indexId);
                s.setString(4, upTo.toString());
                s.setString(5, indexId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        String product = r.getString(2);
                        String category = r.getString(3) == null ? "" : r.getString(3);
                        YearMonth period = months.computeIfAbsent(r.getString(4), YearMonth::parse);
                        double p = r.getDouble(5);
                        double q = r.getDouble(6);
                        if (corrections.corrects(id)) {
                            Optional<Trade> t = corrections.apply(new Trade(id, product, category, period, p, q));
                            if (t.isEmpty()) {
                                continue;
                            }
                            product = t.get().productId();
                            period = t.get().period();
                            p = t.get().price();
                            q = t.get().quantity();
                        }
                        if (period.isAfter(upTo)) {
                            continue;
                        }
                        columns.add(product, category, period, p, q);
                    }
                }
            }
            // bulk loads kept as segments (embedded H2): never corrected there (a corrected trade is read from its copy)
            TradeSegments.read(c, indexId, null, upTo, TradeSegments.copied(c, indexId), (id, load, line, product,
                    category, period, p, q, traits) -> columns.add(product, category == null ? "" : category, period, p, q));
            return columns.trades(corrections);
        });
    }

    /** {@link Trades} being read. */
    private static final class Columns {
        private final List<YearMonth> periods = new ArrayList<>();
        private final List<String> products = new ArrayList<>();
        private final Map<String, String> categories = new HashMap<>();
        private double[] price = new double[1024];
        private double[] quantity = new double[1024];
        private int n;

        void add(String product, String category, YearMonth period, double p, double q) {
            products.add(product);
            categories.putIfAbsent(product, category);
            periods.add(period);
            if (n == price.length) {
                price = java.util.Arrays.copyOf(price, n * 2);
                quantity = java.util.Arrays.copyOf(quantity, n * 2);
            }
            price[n] = p;
            quantity[n] = q;
            n++;
        }

        Trades trades(CorrectionSet corrections) {
            return new Trades(periods, products, categories, java.util.Arrays.copyOf(price, n),
                    java.util.Arrays.copyOf(quantity, n), corrections);
        }
    }

    /**
     * The trades of an index up to a month summed per product and month, as corrected: what a release whose
     * cleaning rule filters no outliers needs ({@link org.dataprice.index.transaction.CellTotals}).
     *
     * @param totals      the sums; null when no trade is left
     * @param categories  the category of each product ("" for none)
     * @param corrections every correction of the index
     */
    public record TradeTotals(org.dataprice.index.transaction.CellTotals totals, Map<String, String> categories,
                              CorrectionSet corrections) {
    }

    /**
     * {@link #trades} summed per product and month without reading the trades: the stored totals of every
     * load ({@code index_load_cell}, {@code GROUP BY period, product_id}), except the cells that hold a
     * corrected trade, which are summed again from their uncorrected trades; then each corrected trade is
     * added to the cell it belongs to after its corrections (a voided one to none; an amendment may move it
     * into or out of the months read). Cost: the stored cells (loads × products × periods they touch) plus
     * the trades of the cells a correction touches, never all trades. Equal to summing {@link #trades} up to
     * the order of the floating-point sums.
     *
     * @param indexId the index
     * @param upTo    the last month read
     * @return the totals
     */
    public TradeTotals tradeTotals(String indexId, YearMonth upTo) {
        return read(c -> {
            List<TradeCorrection> list = corrections(c, indexId, null);
            CorrectionSet corrections = new CorrectionSet(list);
            Map<YearMonth, Map<String, double[]>> cells = new java.util.TreeMap<>();
            Map<String, String> categories = new HashMap<>();
            Map<String, YearMonth> months = new HashMap<>();
            List<Trade> corrected = new ArrayList<>();
            java.util.Set<String> dirty = new java.util.HashSet<>();
            if (!list.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("SELECT id, product_id, category, period, price, quantity "
                        + "FROM index_transaction WHERE index_id = ? AND id IN "
                        + "(SELECT trade_id FROM index_correction WHERE index_id = ?) ORDER BY id")) {
                    s.setString(1, indexId);
                    s.setString(2, indexId);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            Trade t = new Trade(r.getLong(1), r.getString(2), r.getString(3) == null ? "" : r.getString(3),
                                    months.computeIfAbsent(r.getString(4), YearMonth::parse), r.getDouble(5), r.getDouble(6));
                            corrected.add(t);
                            if (!t.period().isAfter(upTo)) {
                                dirty.add(t.period() + "|" + t.productId());
                            }
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT period, product_id, MIN(category), SUM(value_sum), "
                    + "SUM(quantity_sum), SUM(trades) FROM index_load_cell WHERE index_id = ? AND period <= ? "
                    + "GROUP BY period, product_id")) {
                s.setFetchSize(10_000);
                s.setString(1, indexId);
                s.setString(2, upTo.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String product = r.getString(2);
                        categories.putIfAbsent(product, r.getString(3) == null ? "" : r.getString(3));
                        if (dirty.contains(r.getString(1) + "|" + product)) {
                            continue;
                        }
                        add(cells, months.computeIfAbsent(r.getString(1), YearMonth::parse), product, r.getDouble(4),
                                r.getDouble(5), r.getLong(6));
                    }
                }
            }
            for (String cell : dirty) { // summed again from the trades no correction touches
                int bar = cell.indexOf('|');
                YearMonth period = YearMonth.parse(cell.substring(0, bar));
                String product = cell.substring(bar + 1);
                try (PreparedStatement s = c.prepareStatement("SELECT id, price, quantity FROM index_transaction "
                        + "WHERE index_id = ? AND period = ? AND product_id = ? ORDER BY id")) {
                    s.setString(1, indexId);
                    s.setString(2, period.toString());
                    s.setString(3, product);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            if (!corrections.corrects(r.getLong(1))) {
                                add(cells, period, product, r.getDouble(2) * r.getDouble(3), r.getDouble(3), 1);
                            }
                        }
                    }
                }
            }
            if (!dirty.isEmpty()) { // the dirty cells' trades kept in segments, in one pass over their months
                YearMonth first = null;
                YearMonth last = null;
                for (String cell : dirty) {
                    YearMonth period = YearMonth.parse(cell.substring(0, cell.indexOf('|')));
                    first = first == null || period.isBefore(first) ? period : first;
                    last = last == null || period.isAfter(last) ? period : last;
                }
                TradeSegments.read(c, indexId, first, last, TradeSegments.copied(c, indexId), (id, load, line,
                        product, category, period, p, q, traits) -> {
                    if (dirty.contains(period + "|" + product)) {
                        add(cells, period, product, p * q, q, 1);
                    }
                });
            }
            for (Trade t : corrected) {
                Optional<Trade> now = corrections.apply(t);
                if (now.isPresent() && !now.get().period().isAfter(upTo)) {
                    categories.putIfAbsent(now.get().productId(), t.category());
                    add(cells, now.get().period(), now.get().productId(), now.get().price() * now.get().quantity(),
                            now.get().quantity(), 1);
                }
            }
            return new TradeTotals(totals(cells), categories, corrections);
        });
    }

    private static void add(Map<YearMonth, Map<String, double[]>> cells, YearMonth period, String product, double value,
            double units, long count) {
        double[] cell = cells.computeIfAbsent(period, k -> new HashMap<>()).computeIfAbsent(product, k -> new double[3]);
        cell[0] += value;
        cell[1] += units;
        cell[2] += count;
    }

    private static org.dataprice.index.transaction.CellTotals totals(Map<YearMonth, Map<String, double[]>> cells) {
        cells.values().forEach(m -> m.values().removeIf(v -> v[2] == 0));
        cells.values().removeIf(Map::isEmpty);
        if (cells.isEmpty()) {
            return null;
        }
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        int n = 0;
        for (Map<String, double[]> m : cells.values()) {
            ids.addAll(m.keySet());
            n += m.size();
        }
        List<String> products = List.copyOf(ids);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            at.put(products.get(i), i);
        }
        int[] period = new int[n];
        int[] product = new int[n];
        double[] value = new double[n];
        double[] units = new double[n];
        int[] count = new int[n];
        int k = 0;
        int t = 0;
        for (Map<String, double[]> m : cells.values()) {
            for (Map.Entry<String, double[]> e : m.entrySet()) {
                period[k] = t;
                product[k] = at.get(e.getKey());
                value[k] = e.getValue()[0];
                units[k] = e.getValue()[1];
                count[k] = (int) e.getValue()[2];
                k++;
            }
            t++;
        }
        return org.dataprice.index.transaction.CellTotals.of(List.copyOf(cells.keySet()), products, period, product,
                value, units, count);
    }

    // ------------------------------------------------------------------------------------------ releases

    /**
     * One release (vintage) of an index.
     *
     * @param indexId       the index
     * @param vintage       the vintage number, 1, 2, ...
     * @param period        the period it releases
     * @param releaseAt     when it becomes public
     * @param realtimeStart its release date in the index zone
     * @param reason        why it was released
     * @param settingsJson  the settings of the composite, JSON
     * @param transactions  trades used
     * @param computedAt    when computed
     * @param computedBy    by whom
     * @param corrections   the ids of the trade corrections this release applied for the first time, oldest first
     */
    public record ReleaseRow(String indexId, int vintage, YearMonth period, Instant releaseAt, LocalDate realtimeStart,
                             String reason, String settingsJson, int transactions, Instant computedAt, String computedBy,
                             List<String> corrections) {
        /** Copies. */
        public ReleaseRow {
            corrections = List.copyOf(corrections);
        }
    }

    /**
     * One stored value.
     *
     * @param vintage the vintage
     * @param series  the series id
     * @param period  the month
     * @param value   the unrounded value
     * @param status  the SDMX status code
     */
    public record ObservationRow(int vintage, String series, YearMonth period, double value, String status) {
    }

    /**
     * Inserts a release and its observations in one transaction.
     *
     * @param release      the release
     * @param observations its values
     * @return true when inserted; false when the vintage or the period was taken (by another instance)
     */
    public boolean insertRelease(ReleaseRow release, List<ObservationRow> observations) {
        return insertRelease(release, observations, null);
    }

    /**
     * Inserts a release, its observations and its method's explanation in one transaction.
     *
     * @param release         the release
     * @param observations    its values
     * @param explanationJson the explanation of a hedonic release (column {@code explanation_json}, V46); null: none
     * @return true when inserted; false when the vintage or the period was taken (by another instance)
     */
    public boolean insertRelease(ReleaseRow release, List<ObservationRow> observations, String explanationJson) {
        return insertRelease(release, observations, explanationJson, Map.of());
    }

    /**
     * One revised value of a release as stored (table {@code index_revision}, V52): the revising vintage, its
     * release date and reason are the release's own.
     *
     * @param series the series id
     * @param seq    its position in the release's revisions, from 1
     * @param period the month revised
     * @param from   the vintage whose value it revises
     * @param before the value that vintage published (unrounded)
     * @param after  the value now published (unrounded)
     */
    public record RevisionRow(String series, int seq, YearMonth period, int from, double before, double after) {
        /**
         * @param revisions per series, the revisions of one release (the calculator's order)
         * @return them as rows, numbered in that order
         */
        public static List<RevisionRow> of(Map<String, List<Revision>> revisions) {
            List<RevisionRow> out = new ArrayList<>();
            revisions.forEach((series, list) -> list.forEach(r -> out.add(new RevisionRow(series, out.size() + 1,
                    r.period(), r.fromVintage(), r.previousValue(), r.newValue()))));
            return out;
        }

        /**
         * @param release the revising release
         * @param rows    its rows, by {@code seq}
         * @return the revisions per series, in the stored order
         */
        public static Map<String, List<Revision>> revisions(ReleaseRow release, List<RevisionRow> rows) {
            Map<String, List<Revision>> out = new LinkedHashMap<>();
            rows.forEach(r -> out.computeIfAbsent(r.series(), k -> new ArrayList<>()).add(new Revision(r.period(),
                    r.before(), r.after(), r.from(), release.vintage(), release.realtimeStart(), release.reason())));
            return out;
        }
    }

    /**
     * Inserts a release, its observations, its method's explanation and its revisions in one transaction, and
     * chains the release ({@link Ledger#INDEX_RELEASES}: the observations and revisions are part of its record).
     *
     * @param release         the release
     * @param observations    its values
     * @param explanationJson the explanation of a hedonic release (column {@code explanation_json}, V46); null: none
     * @param revisions       per series, the values of the previous vintage it revised (table {@code index_revision}, V52)
     * @return true when inserted; false when the vintage or the period was taken (by another instance)
     */
    public boolean insertRelease(ReleaseRow release, List<ObservationRow> observations, String explanationJson,
                                 Map<String, List<Revision>> revisions) {
        try {
            return write(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO index_release (index_id, vintage, period, "
                        + "release_at, realtime_start, reason, settings_json, transactions, computed_at, computed_by, "
                        + "corrections, explanation_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    s.setString(1, release.indexId());
                    s.setInt(2, release.vintage());
                    s.setString(3, release.period().toString());
                    s.setTimestamp(4, Timestamp.from(release.releaseAt()));
                    s.setDate(5, Date.valueOf(release.realtimeStart()));
                    s.setString(6, release.reason());
                    s.setString(7, release.settingsJson());
                    s.setInt(8, release.transactions());
                    s.setTimestamp(9, Timestamp.from(release.computedAt()));
                    s.setString(10, release.computedBy());
                    s.setString(11, release.corrections().isEmpty() ? null : String.join(",", release.corrections()));
                    s.setString(12, explanationJson);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO index_observation (index_id, vintage, series, "
                        + "period, val, status) VALUES (?,?,?,?,?,?)")) {
                    for (ObservationRow o : observations) {
                        s.setString(1, release.indexId());
                        s.setInt(2, o.vintage());
                        s.setString(3, o.series());
                        s.setString(4, o.period().toString());
                        s.setDouble(5, o.value());
                        s.setString(6, o.status());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                insertRevisions(c, release, RevisionRow.of(revisions));
                chain.append(Ledger.INDEX_RELEASES, release.indexId() + "/" + release.vintage());
                return true;
            });
        } catch (RuntimeException e) {
            if (WriteConflicts.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void insertRevisions(Connection c, ReleaseRow release, List<RevisionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO index_revision (index_id, vintage, seq, series, period, "
                + "from_vintage, previous_val, new_val) VALUES (?,?,?,?,?,?,?,?)")) {
            for (RevisionRow r : rows) {
                s.setString(1, release.indexId());
                s.setInt(2, release.vintage());
                s.setInt(3, r.seq());
                s.setString(4, r.series());
                s.setString(5, r.period().toString());
                s.setInt(6, r.from());
                s.setDouble(7, r.before());
                s.setDouble(8, r.after());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The revisions a release made (one primary-key range, whatever the number of vintages).
     *
     * @param release the release
     * @return its revisions per series, in the calculator's order; empty for a release without revisions or one
     *         stored before V52
     */
    public Map<String, List<Revision>> revisions(ReleaseRow release) {
        return RevisionRow.revisions(release, read(c -> {
            List<RevisionRow> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT series, seq, period, from_vintage, previous_val, new_val "
                    + "FROM index_revision WHERE index_id = ? AND vintage = ? ORDER BY seq")) {
                s.setString(1, release.indexId());
                s.setInt(2, release.vintage());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new RevisionRow(r.getString(1), r.getInt(2), YearMonth.parse(r.getString(3)), r.getInt(4),
                                r.getDouble(5), r.getDouble(6)));
                    }
                }
            }
            return out;
        }));
    }

    /**
     * @param indexId the index
     * @return its releases by vintage
     */
    public List<ReleaseRow> releases(String indexId) {
        return read(c -> {
            List<ReleaseRow> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(RELEASE_COLUMNS + "ORDER BY vintage")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(releaseRow(indexId, r));
                    }
                }
            }
            return out;
        });
    }

    private static final String RELEASE_COLUMNS = "SELECT vintage, period, release_at, realtime_start, reason, "
            + "settings_json, transactions, computed_at, computed_by, corrections FROM index_release WHERE index_id = ? ";

    private static ReleaseRow releaseRow(String indexId, ResultSet r) throws SQLException {
        return new ReleaseRow(indexId, r.getInt(1), YearMonth.parse(r.getString(2)), r.getTimestamp(3).toInstant(),
                r.getDate(4).toLocalDate(), r.getString(5), r.getString(6), r.getInt(7), r.getTimestamp(8).toInstant(),
                r.getString(9), r.getString(10) == null ? List.of() : List.of(r.getString(10).split(",")));
    }

    /**
     * The latest release alone (one row through the primary key, whatever the number of vintages).
     *
     * @param indexId the index
     * @return its release with the highest vintage, if any
     */
    public Optional<ReleaseRow> latestRelease(String indexId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(RELEASE_COLUMNS + "ORDER BY vintage DESC LIMIT 1")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(releaseRow(indexId, r)) : Optional.empty();
                }
            }
        });
    }

    /**
     * @param indexId the index
     * @param period  a month
     * @return the release of that month, if any (the unique (index, period) key)
     */
    public Optional<ReleaseRow> release(String indexId, YearMonth period) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(RELEASE_COLUMNS + "AND period = ?")) {
                s.setString(1, indexId);
                s.setString(2, period.toString());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(releaseRow(indexId, r)) : Optional.empty();
                }
            }
        });
    }

    /**
     * @param indexId the index
     * @param vintage a vintage number
     * @return that release, if any (the primary key)
     */
    public Optional<ReleaseRow> release(String indexId, int vintage) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(RELEASE_COLUMNS + "AND vintage = ?")) {
                s.setString(1, indexId);
                s.setInt(2, vintage);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(releaseRow(indexId, r)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The ids of every correction some release already applied: read from the releases that list
     * corrections only, so the rows read are bounded by the number of corrections (each correction is
     * listed by exactly one release), not by the number of releases.
     *
     * @param indexId the index
     * @return the correction ids applied by its releases
     */
    public java.util.Set<String> appliedCorrections(String indexId) {
        return read(c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT corrections FROM index_release WHERE index_id = ? AND corrections IS NOT NULL")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.addAll(List.of(r.getString(1).split(",")));
                    }
                }
            }
            return out;
        });
    }

    /**
     * @param indexId the index
     * @param vintage a vintage
     * @return the observations of that vintage only, by series, period (a primary-key range)
     */
    public List<ObservationRow> vintageObservations(String indexId, int vintage) {
        return read(c -> {
            List<ObservationRow> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT vintage, series, period, val, status FROM "
                    + "index_observation WHERE index_id = ? AND vintage = ? ORDER BY series, period")) {
                s.setString(1, indexId);
                s.setInt(2, vintage);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new ObservationRow(r.getInt(1), r.getString(2), YearMonth.parse(r.getString(3)),
                                r.getDouble(4), r.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * @param indexId    the index
     * @param maxVintage the last vintage read
     * @return the observations of vintages 1..maxVintage, by vintage, series, period
     */
    public List<ObservationRow> observations(String indexId, int maxVintage) {
        return read(c -> {
            List<ObservationRow> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT vintage, series, period, val, status FROM "
                    + "index_observation WHERE index_id = ? AND vintage <= ? ORDER BY vintage, series, period")) {
                s.setString(1, indexId);
                s.setInt(2, maxVintage);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new ObservationRow(r.getInt(1), r.getString(2), YearMonth.parse(r.getString(3)),
                                r.getDouble(4), r.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------------------------------ corrections

    /**
     * The deals already copied into an index whose trades fall in a window of months (a trade copied from a deal
     * has the month of its deal date), for the exactly-once copy of {@link MarketDealImporter}.
     *
     * @param c       the importing transaction's connection
     * @param indexId the index
     * @param from    first month, inclusive
     * @param to      last month, inclusive
     * @return the deal ids
     * @throws SQLException on a database error
     */
    static java.util.Set<String> dealIds(Connection c, String indexId, YearMonth from, YearMonth to) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT deal_id FROM index_transaction WHERE index_id = ? "
                + "AND deal_id IS NOT NULL AND period >= ? AND period <= ?")) {
            s.setString(1, indexId);
            s.setString(2, from.toString());
            s.setString(3, to.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * A stored trade with its natural reference.
     *
     * @param trade the trade as loaded
     * @param ref   its reference ({@code <loadId>:<line>} or {@code deal:<dealId>})
     */
    public record StoredTrade(Trade trade, String ref) {
    }

    /**
     * @param indexId the index
     * @param loadId  the load (from the load's answer), or null to find by deal
     * @param line    the line within the load (the CSV line number; 1 for a JSON load)
     * @param dealId  the market deal, when {@code loadId} is null
     * @return the trade, if the index has it (from its row, or from its load's segments: {@link TradeSegments})
     */
    public Optional<StoredTrade> trade(String indexId, String loadId, int line, String dealId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, product_id, category, period, price, quantity, "
                    + "load_id, line, deal_id FROM index_transaction WHERE index_id = ? AND "
                    + (loadId != null ? "load_id = ? AND line = ?" : "deal_id = ?"))) {
                s.setString(1, indexId);
                if (loadId != null) {
                    s.setString(2, loadId);
                    s.setInt(3, line);
                } else {
                    s.setString(2, dealId);
                }
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return loadId == null ? Optional.<StoredTrade>empty()
                                : TradeSegments.find(c, indexId, loadId, line).map(f -> new StoredTrade(new Trade(
                                        f.id(), f.product(), f.category() == null ? "" : f.category(),
                                        f.period(), f.price(), f.quantity()), loadId + ":" + line));
                    }
                    Trade t = new Trade(r.getLong(1), r.getString(2), r.getString(3) == null ? "" : r.getString(3),
                            YearMonth.parse(r.getString(4)), r.getDouble(5), r.getDouble(6));
                    String ref = r.getString(9) != null ? "deal:" + r.getString(9) : r.getString(7) + ":" + r.getInt(8);
                    return Optional.of(new StoredTrade(t, ref));
                }
            }
        });
    }

    /**
     * A stored correction with the reference of its trade.
     *
     * @param correction the correction
     * @param tradeRef   the trade's reference
     */
    public record CorrectionRow(TradeCorrection correction, String tradeRef) {
    }

    /**
     * @param indexId the index
     * @param tradeId one trade, or null for every trade of the index
     * @return the corrections, oldest first (ties by id)
     */
    public List<CorrectionRow> correctionRows(String indexId, Long tradeId) {
        return read(c -> correctionRows(c, indexId, tradeId, Integer.MAX_VALUE, 0));
    }

    /**
     * @param indexId the index
     * @param limit   the most rows
     * @param offset  rows skipped
     * @return one page of the index's corrections, oldest first (ties by id)
     */
    public List<CorrectionRow> correctionRows(String indexId, int limit, long offset) {
        return read(c -> correctionRows(c, indexId, null, limit, offset));
    }

    /**
     * @param indexId the index
     * @return the number of its corrections
     */
    public long correctionCount(String indexId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM index_correction WHERE index_id = ?")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static List<TradeCorrection> corrections(Connection c, String indexId, Long tradeId) throws SQLException {
        return correctionRows(c, indexId, tradeId, Integer.MAX_VALUE, 0).stream().map(CorrectionRow::correction).toList();
    }

    private static List<CorrectionRow> correctionRows(Connection c, String indexId, Long tradeId, int limit, long offset)
            throws SQLException {
        List<CorrectionRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, trade_id, seq, action, product_id, period, price, quantity, "
                + "reason, actor, created_at, trade_ref FROM index_correction WHERE index_id = ?"
                + (tradeId == null ? "" : " AND trade_id = ?") + " ORDER BY created_at, id LIMIT ? OFFSET ?")) {
            int i = 1;
            s.setString(i++, indexId);
            if (tradeId != null) {
                s.setLong(i++, tradeId);
            }
            s.setInt(i++, limit);
            s.setLong(i, offset);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CorrectionAction action = CorrectionAction.valueOf(r.getString(4));
                    Amendment amendment = action == CorrectionAction.VOID ? null : new Amendment(r.getString(5),
                            r.getString(6) == null ? null : YearMonth.parse(r.getString(6)),
                            r.getObject(7, Double.class), r.getObject(8, Double.class));
                    out.add(new CorrectionRow(new TradeCorrection(r.getString(1), r.getLong(2), r.getInt(3), action,
                            amendment, r.getString(9), r.getString(10), r.getTimestamp(11).toInstant()), r.getString(12)));
                }
            }
        }
        return out;
    }

    /**
     * Inserts a correction and chains it ({@link Ledger#INDEX_CORRECTIONS}) in one transaction (the caller's,
     * when {@code @Idempotent} opened one). The first correction of a segment trade (id &ge; {@link TradeSegments#IDS})
     * copies it to a row with its id in the same transaction ({@link TradeSegments#copyIfAbsent}).
     *
     * @param indexId the index
     * @param row     the correction
     * @throws ProblemException 409 when another correction of the trade took its sequence number first
     */
    public void insertCorrection(String indexId, CorrectionRow row) {
        TradeCorrection k = row.correction();
        try {
            write(c -> {
                if (k.tradeId() >= TradeSegments.IDS) { // a segment trade becomes a row on its first correction
                    org.dataprice.index.correction.TradeRef ref = org.dataprice.index.correction.TradeRef
                            .parse(row.tradeRef()).orElseThrow();
                    TradeSegments.copyIfAbsent(c, indexId, k.tradeId(), ref.loadId(), ref.line());
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO index_correction (id, index_id, trade_id, "
                        + "trade_ref, seq, action, product_id, period, price, quantity, reason, actor, created_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    Amendment a = k.amendment();
                    s.setString(1, k.id());
                    s.setString(2, indexId);
                    s.setLong(3, k.tradeId());
                    s.setString(4, row.tradeRef());
                    s.setInt(5, k.sequence());
                    s.setString(6, k.action().name());
                    s.setString(7, a == null ? null : a.productId());
                    s.setString(8, a == null || a.period() == null ? null : a.period().toString());
                    s.setObject(9, a == null ? null : a.price(), java.sql.Types.DOUBLE);
                    s.setObject(10, a == null ? null : a.quantity(), java.sql.Types.DOUBLE);
                    s.setString(11, k.reason());
                    s.setString(12, k.actor());
                    s.setTimestamp(13, Timestamp.from(k.at()));
                    s.executeUpdate();
                }
                chain.append(Ledger.INDEX_CORRECTIONS, k.id());
                return null;
            });
        } catch (RuntimeException e) {
            if (WriteConflicts.isUniqueViolation(e)) {
                throw new ProblemException(ProblemType.CONFLICT, "trade " + row.tradeRef() + " of '" + indexId
                        + "' was corrected concurrently; read its corrections and retry");
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------------------------------ audit

    /**
     * One pre-release access.
     *
     * @param indexId    the index
     * @param vintage    the embargoed vintage seen
     * @param principal  who
     * @param accessedAt when
     * @param action     what (compute, preview)
     * @param path       the request path
     */
    public record AuditRow(String indexId, int vintage, String principal, Instant accessedAt, String action, String path) {
    }

    /**
     * @param indexId the index
     * @param vintage a vintage
     * @return the explanation stored with that release ({@code explanation_json}); empty when it has none
     */
    public Optional<String> releaseExplanation(String indexId, int vintage) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT explanation_json FROM index_release WHERE index_id = ? AND vintage = ?")) {
                s.setString(1, indexId);
                s.setInt(2, vintage);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Records a pre-release access (its own transaction: committed even if the answer fails later).
     *
     * @param row the access
     */
    public void audit(AuditRow row) {
        write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO index_embargo_audit (index_id, vintage, principal, "
                    + "accessed_at, action, path) VALUES (?,?,?,?,?,?)")) {
                s.setString(1, row.indexId());
                s.setInt(2, row.vintage());
                s.setString(3, row.principal());
                s.setTimestamp(4, Timestamp.from(row.accessedAt()));
                s.setString(5, row.action());
                s.setString(6, row.path());
                return s.executeUpdate();
            }
        });
    }

    /**
     * @param indexId the index
     * @return its pre-release accesses, oldest first
     */
    public List<AuditRow> audits(String indexId) {
        return read(c -> {
            List<AuditRow> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT vintage, principal, accessed_at, action, path FROM "
                    + "index_embargo_audit WHERE index_id = ? ORDER BY id")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new AuditRow(indexId, r.getInt(1), r.getString(2), r.getTimestamp(3).toInstant(),
                                r.getString(4), r.getString(5)));
                    }
                }
            }
            return out;
        });
    }
}
