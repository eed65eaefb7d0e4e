package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.correction.CorrectionSet;
import org.dataprice.index.transaction.CellTotals;
import org.dataprice.index.transaction.TransactionTable;
import org.dataprice.index.transaction.UnitValueAggregator;
import org.dataprice.index.transaction.UnitValueResult;
import org.dataprice.index.transaction.UnitValueRule;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trades a release computes from (发布交易): every trade of the months up to the released period,
 * as corrected (voided trades left out, amended ones with their new values: the reader applies the
 * {@link CorrectionSet} while it streams the rows), the category of each product, the corrections in
 * force, and for the time-dummy hedonic method the stored characteristics of each product; the trades
 * either as rows ({@link #of}, {@link #ofColumns}) or summed per product and month ({@link #ofTotals}). May be
 * empty (the calculator then answers {@code period}, {@code too-few}). Immutable.
 */
public final class ReleaseTrades {
    private final TransactionTable table;
    private final CellTotals totals;
    private final Map<String, String> categories;
    private final CorrectionSet corrections;
    private final Map<String, Set<List<String>>> characteristics;

    private ReleaseTrades(TransactionTable table, Map<String, String> categories, CorrectionSet corrections,
            Map<String, Set<List<String>>> characteristics) {
        this(table, null, categories, corrections, characteristics);
    }

    private ReleaseTrades(TransactionTable table, CellTotals totals, Map<String, String> categories,
            CorrectionSet corrections, Map<String, Set<List<String>>> characteristics) {
        this.table = table;
        this.totals = totals;
        this.categories = Map.copyOf(Require.notNull(categories, "categories"));
        this.corrections = Require.notNull(corrections, "corrections");
        this.characteristics = Map.copyOf(Require.notNull(characteristics, "characteristics"));
    }

    /**
     * @param table           the corrected trades; not null
     * @param categories      the category of each product (first seen); copied
     * @param corrections     every correction of the index, as applied to the trades; not null
     * @param characteristics per product, every distinct characteristic tuple stored with its trades
     *                        (numeric columns as plain decimals, then categorical levels; an empty tuple is a
     *                        trade stored without characteristics); empty unless the definition is hedonic;
     *                        copied (the sets keep their order)
     * @return the trades
     */
    public static ReleaseTrades of(TransactionTable table, Map<String, String> categories, CorrectionSet corrections,
            Map<String, Set<List<String>>> characteristics) {
        return new ReleaseTrades(Require.notNull(table, "table"), categories, corrections, characteristics);
    }

    /**
     * Trades in columns, one entry per trade (the form a streaming reader collects).
     *
     * @param periods         month per trade; not null
     * @param products        product per trade; same size
     * @param price           unit price per trade; same size; not copied (handed over)
     * @param quantity        quantity per trade; same size; not copied (handed over)
     * @param categories      the category of each product
     * @param corrections     the corrections applied
     * @param characteristics as in {@link #of(TransactionTable, Map, CorrectionSet, Map)}
     * @return the trades; empty when there are no rows
     */
    public static ReleaseTrades ofColumns(List<YearMonth> periods, List<String> products, double[] price,
            double[] quantity, Map<String, String> categories, CorrectionSet corrections,
            Map<String, Set<List<String>>> characteristics) {
        Require.notNull(periods, "periods");
        Require.notNull(products, "products");
        int n = periods.size();
        Require.size(products.size(), n, "products");
        Require.size(Require.notNull(price, "price").length, n, "price");
        Require.size(Require.notNull(quantity, "quantity").length, n, "quantity");
        if (n == 0) {
            return new ReleaseTrades(null, categories, corrections, characteristics);
        }
        List<YearMonth> ps = List.copyOf(new TreeSet<>(periods));
        List<String> ids = List.copyOf(new TreeSet<>(products));
        Map<YearMonth, Integer> pIndex = new HashMap<>();
        Map<String, Integer> iIndex = new HashMap<>();
        for (int t = 0; t < ps.size(); t++) {
            pIndex.put(ps.get(t), t);
        }
        for (int i = 0; i < ids.size(); i++) {
            iIndex.put(ids.get(i), i);
        }
        int[] period = new int[n];
        int[] product = new int[n];
        for (int k = 0; k < n; k++) {
            period[k] = pIndex.get(periods.get(k));
            product[k] = iIndex.get(products.get(k));
        }
        return new ReleaseTrades(TransactionTable.of(ps, ids, period, product, price, quantity), categories, corrections,
                characteristics);
    }

    /**
     * The same trades summed per product and month (the form a store that keeps per-cell totals reads, so
     * a release costs products × periods, not trades): equal to the row form for a cleaning rule that
     * filters no outliers ({@link UnitValueAggregator#compute(CellTotals, UnitValueRule)}); a definition
     * whose rule filters outliers must be given the rows.
     *
     * @param totals          the corrected trades' sums per cell; null when there are none
     * @param categories      the category of each product
     * @param corrections     the corrections applied
     * @param characteristics as in {@link #of(TransactionTable, Map, CorrectionSet, Map)}
     * @return the trades
     */
    public static ReleaseTrades ofTotals(CellTotals totals, Map<String, String> categories, CorrectionSet corrections,
            Map<String, Set<List<String>>> characteristics) {
        return new ReleaseTrades(null, totals, categories, corrections, characteristics);
    }

    /** @return the number of trades */
    public int size() {
        return table != null ? table.size() : totals == null ? 0 : (int) totals.trades();
    }

    /** @return the trades as a table; empty when there are none */
    public Optional<TransactionTable> table() {
        return Optional.ofNullable(table);
    }

    /** @return the category of each product */
    public Map<String, String> categories() {
        return categories;
    }

    /** @return the corrections applied to the trades */
    public CorrectionSet corrections() {
        return corrections;
    }

    /** @return per product, its distinct stored characteristic tuples (empty unless hedonic) */
    public Map<String, Set<List<String>>> characteristics() {
        return characteristics;
    }

    /**
     * The unit values of the trades, from the rows or from the per-cell totals.
     *
     * @param period the released month: the trades must be of months up to it
     * @param rule   the cleaning rule
     * @return the unit values
     */
    UnitValueResult unitValues(YearMonth period, UnitValueRule rule) {
        Require.that(table != null || totals != null, "period", period, Rule.TOO_FEW, "one transaction up to the period");
        List<YearMonth> periods = table != null ? table.periods() : totals.periods();
        YearMonth lastTraded = periods.get(periods.size() - 1);
        Require.that(!lastTraded.isAfter(period), "trades", lastTraded, Rule.INVALID_STATE,
                "trades of months up to " + period + " only");
        return table != null ? UnitValueAggregator.DEFAULT.compute(table, rule)
                : UnitValueAggregator.DEFAULT.compute(totals, rule);
    }
}
