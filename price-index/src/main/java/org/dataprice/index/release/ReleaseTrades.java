package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.correction.CorrectionSet;
import org.dataprice.index.transaction.TransactionTable;

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
 * force, and for the time-dummy hedonic method the stored characteristics of each product. May be
 * empty (the calculator then answers {@code period}, {@code too-few}). Immutable.
 */
public final class ReleaseTrades {
    private final TransactionTable table;
    private final Map<String, String> categories;
    private final CorrectionSet corrections;
    private final Map<String, Set<List<String>>> characteristics;

    private ReleaseTrades(TransactionTable table, Map<String, String> categories, CorrectionSet corrections,
            Map<String, Set<List<String>>> characteristics) {
        this.table = table;
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

    /** @return the number of trades */
    public int size() {
        return table == null ? 0 : table.size();
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
     * @param period the released month
     * @return the table, checked non-empty
     */
    TransactionTable require(YearMonth period) {
        Require.that(table != null, "period", period, Rule.TOO_FEW, "one transaction up to the period");
        return table;
    }
}
