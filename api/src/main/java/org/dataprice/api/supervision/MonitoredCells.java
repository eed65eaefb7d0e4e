package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.transaction.Transactions;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The log unit prices of the busy category-and-month cells, kept sorted in memory so that checking a deal as it is
 * recorded costs O(n) arithmetic on n ≤ {@value #CAPACITY} prices and reads only the deals committed since the
 * cell was last looked at — instead of reading, mapping and sorting up to 20,000 stored deals in every purchase's
 * own request (which made each purchase slower as the market grew).
 *
 * <p><b>What a cell holds.</b> The deals of one category, currency and month with a price &gt; 0, in the order the
 * {@link Ledger#DEALS deals ledger} chained them, at most the {@value #CAPACITY} most recently chained (the oldest
 * drops out when a new one arrives: a rolling window, as surveillance systems keep for busy instruments).
 *
 * <p><b>Why it is exact.</b> The ledger chains a deal when its transaction commits, under the ledger head's lock
 * (commit-time chaining), so the entries any statement can see are always the prefix {@code 1..h} of the
 * sequence: no deal can commit later with a lower sequence number. A cell therefore reads only entries above the
 * highest sequence number it has already read, and can neither miss a committed deal nor read one twice; a deal
 * whose transaction rolls back is never chained and never read. Deals stored before the ledger was adopted (rows
 * from before the chain existed) are read once by the cell's first load and remembered by id, because the adoption
 * chains them later with new numbers. Each instance keeps its own cells; they agree because they read the same
 * ledger.
 *
 * <p><b>Cost.</b> Per check, one range read of the ledger entries since the last look (across categories: a market
 * with k active categories reads about k entries per deal) and one primary-key read per entry — two statements, not
 * a join, because H2 keeps the plan a connection first made and a join planned on an empty store drives from the
 * deals' category index; more than {@value #RELOAD_AFTER} new entries reload the cell instead. Then one binary-search
 * insertion per new deal (a memory move of at most {@value #CAPACITY} doubles) and no allocation proportional to
 * history. A cell's first load reads its month once, keeping the latest {@value #CAPACITY} in order of conclusion.
 * Memory: at most {@value #MAX_CELLS} cells, the least recently used dropped, each two arrays of at most
 * {@value #CAPACITY} doubles (≈ 40 MB in all at the limit).
 */
@Singleton
public class MonitoredCells {
    /** The most deals a cell keeps: the most recently chained. */
    public static final int CAPACITY = 20_000;
    /** The most cells kept; the least recently used is dropped (and reloaded when needed again). */
    public static final int MAX_CELLS = 128;

    // two statements, not a join: H2 plans a statement when a connection first prepares it and keeps the plan in its
    // query cache, and a join planned on an empty store drove from pricing_deal's category index (every deal of the
    // month per purchase); the entries since the last look are few, each deal is then one primary-key read
    private static final String ENTRIES_SINCE = "SELECT seq, record_id FROM ledger_entry WHERE ledger = ? AND seq > ? "
            + "ORDER BY seq LIMIT ?";
    private static final String DEAL = "SELECT category, currency, deal_date, total_price, quantity FROM pricing_deal "
            + "WHERE id = ?";
    /** More new ledger entries than this since a cell's last look (all categories): reload the cell instead. */
    public static final int RELOAD_AFTER = 2_000;
    private static final String FIRST_LOAD = "SELECT e.seq, d.id, d.total_price, d.quantity "
            + "FROM pricing_deal d LEFT JOIN ledger_entry e ON e.ledger = ? AND e.record_id = d.id "
            + "WHERE d.category = ? AND d.currency = ? AND d.deal_date >= ? AND d.deal_date <= ? AND d.id <> ? "
            + "ORDER BY d.concluded_at, d.id";
    private static final String HEAD = "SELECT seq FROM ledger_head WHERE ledger = ?";

    private final Transactions transactions;
    private final int capacity;
    private final int reloadAfter;
    private final Map<Key, Cell> cells = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cell> eldest) {
            return size() > MAX_CELLS;
        }
    };

    /** @param transactions the store (reads join the deal's transaction) */
    @jakarta.inject.Inject
    public MonitoredCells(Transactions transactions) {
        this(transactions, CAPACITY, RELOAD_AFTER);
    }

    /**
     * @param transactions the store
     * @param capacity     the most deals a cell keeps (tests use a small one to exercise the rolling window)
     * @param reloadAfter  the most new ledger entries read one by one before the cell is reloaded instead
     */
    MonitoredCells(Transactions transactions, int capacity, int reloadAfter) {
        this.transactions = transactions;
        this.capacity = capacity;
        this.reloadAfter = reloadAfter;
    }

    /**
     * The cell's sorted log unit prices as committed before the caller's transaction reads them (the caller's own
     * deal, not yet chained, is not among them).
     *
     * @param category the category
     * @param currency the ISO currency code
     * @param month    the month
     * @param dealId   the caller's own deal, recorded but not yet chained in its open transaction: left out
     * @return a copy: ascending log unit prices of the cell's deals with a price &gt; 0
     */
    public double[] sortedLogs(String category, String currency, YearMonth month, String dealId) {
        Key key = new Key(category, currency, month);
        Cell cell;
        synchronized (cells) {
            cell = cells.computeIfAbsent(key, k -> new Cell(capacity, reloadAfter));
        }
        synchronized (cell) {
            transactions.onConnection(c -> {
                cell.refresh(c, key, dealId);
                return null;
            });
            return Arrays.copyOf(cell.sorted, cell.size);
        }
    }

    /** Drops every cell (tests that rewrite the store underneath). */
    public void clear() {
        synchronized (cells) {
            cells.clear();
        }
    }

    private record Key(String category, String currency, YearMonth month) {
    }

    /** One cell: the window in chaining order (a ring) and the same values sorted. Guarded by its own monitor. */
    private static final class Cell {
        private final int capacity;
        private final int reloadAfter;
        private double[] ring = new double[16];
        private double[] sorted = new double[16];
        private int head;
        private int size;
        private long readUpTo = -1;
        private Set<String> unchained = Set.of();

        Cell(int capacity, int reloadAfter) {
            this.capacity = capacity;
            this.reloadAfter = reloadAfter;
        }

        void refresh(Connection c, Key key, String dealId) throws SQLException {
            if (readUpTo < 0) {
                firstLoad(c, key, dealId);
                return;
            }
            java.util.List<String> ids = new java.util.ArrayList<>();
            long last = readUpTo;
            try (PreparedStatement s = c.prepareStatement(ENTRIES_SINCE)) {
                s.setString(1, Ledger.DEALS.id());
                s.setLong(2, readUpTo);
                s.setInt(3, reloadAfter + 1);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        last = r.getLong(1);
                        ids.add(r.getString(2));
                    }
                }
            }
            if (ids.size() > reloadAfter) {
                reset();
                firstLoad(c, key, dealId);
                return;
            }
            try (PreparedStatement s = c.prepareStatement(DEAL)) {
                for (String id : ids) {
                    if (!unchained.isEmpty() && unchained.contains(id)) {
                        continue;
                    }
                    s.setString(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next() && inCell(r, key)) {
                            add(r.getBigDecimal(4), r.getBigDecimal(5));
                        }
                    }
                }
            }
            readUpTo = last;
        }

        private static boolean inCell(ResultSet r, Key key) throws SQLException {
            if (!key.category().equals(r.getString(1)) || !key.currency().equals(r.getString(2))) {
                return false;
            }
            return YearMonth.from(r.getObject(3, java.time.LocalDate.class)).equals(key.month());
        }

        private void reset() {
            head = 0;
            size = 0;
            readUpTo = -1;
            unchained = Set.of();
        }

        // the head first: every entry at or below it is committed and visible to the load that follows
        private void firstLoad(Connection c, Key key, String dealId) throws SQLException {
            long headSeq = 0;
            try (PreparedStatement s = c.prepareStatement(HEAD)) {
                s.setString(1, Ledger.DEALS.id());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        headSeq = r.getLong(1);
                    }
                }
            }
            Set<String> legacy = new HashSet<>();
            long max = headSeq;
            try (PreparedStatement s = c.prepareStatement(FIRST_LOAD)) {
                s.setString(1, Ledger.DEALS.id());
                bindCell(s, 2, key);
                s.setString(6, dealId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long seq = r.getLong(1);
                        if (r.wasNull()) {
                            legacy.add(r.getString(2));
                        } else {
                            max = Math.max(max, seq);
                        }
                        add(r.getBigDecimal(3), r.getBigDecimal(4));
                    }
                }
            }
            unchained = legacy.isEmpty() ? Set.of() : legacy;
            readUpTo = max;
        }

        private static void bindCell(PreparedStatement s, int from, Key key) throws SQLException {
            s.setString(from, key.category());
            s.setString(from + 1, key.currency());
            s.setDate(from + 2, Date.valueOf(key.month().atDay(1)));
            s.setDate(from + 3, Date.valueOf(key.month().atEndOfMonth()));
        }

        private void add(BigDecimal total, BigDecimal quantity) {
            if (total.signum() <= 0 || quantity.signum() <= 0) {
                return;
            }
            // exactly as MonitoredDeal.logUnitPrice computes it, so the check equals one over the stored deals
            double log = Math.log(total.doubleValue()) - Math.log(quantity.doubleValue());
            if (size == capacity) {
                remove(ring[head]);
                ring[head] = log;
                head = (head + 1) % capacity;
            } else {
                if (size == ring.length) {
                    ring = Arrays.copyOf(ring, Math.min(capacity, 2 * size));
                    sorted = Arrays.copyOf(sorted, ring.length);
                }
                // while the window is not full the ring is filled in order and head stays 0 (the oldest)
                ring[size] = log;
            }
            insert(log);
        }

        private void remove(double value) {
            int at = Arrays.binarySearch(sorted, 0, size, value);
            System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
            size--;
        }

        private void insert(double value) {
            int at = Arrays.binarySearch(sorted, 0, size, value);
            if (at < 0) {
                at = -at - 1;
            }
            System.arraycopy(sorted, at, sorted, at + 1, size - at);
            sorted[at] = value;
            size++;
        }
    }
}
