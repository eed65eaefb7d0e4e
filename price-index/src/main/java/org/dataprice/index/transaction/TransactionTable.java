package org.dataprice.index.transaction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Transactions in columnar, primitive form: for row k, the period row {@code period[k]} into
 * {@link #periods()}, the product column {@code product[k]} into {@link #products()}, the unit price
 * and the quantity. This is what {@link UnitValueAggregator} reads; {@link #of(List)} builds it from
 * {@link Transaction} records (periods and products sorted).
 *
 * <p>Limit: at most {@link #MAX_ROWS} rows. Immutable (arrays are copied in and out); thread-safe.
 */
public final class TransactionTable {
    /** The largest number of transactions accepted in one table. */
    public static final int MAX_ROWS = 50_000_000;

    private final List<YearMonth> periods;
    private final List<String> products;
    private final int[] period;
    private final int[] product;
    private final double[] price;
    private final double[] quantity;

    private TransactionTable(List<YearMonth> periods, List<String> products, int[] period, int[] product,
            double[] price, double[] quantity) {
        this.periods = periods;
        this.products = products;
        this.period = period;
        this.product = product;
        this.price = price;
        this.quantity = quantity;
    }

    /**
     * Builds a table from columns (copied and validated).
     *
     * @param periods  the periods, strictly increasing; not empty
     * @param products the product identifiers, distinct; not empty
     * @param period   per row, the index into {@code periods}
     * @param product  per row, the index into {@code products}
     * @param price    per row, the unit price, finite and &gt; 0
     * @param quantity per row, the quantity, finite and &gt; 0
     * @return the table
     */
    public static TransactionTable of(List<YearMonth> periods, List<String> products, int[] period, int[] product,
            double[] price, double[] quantity) {
        List<YearMonth> ps = Require.nonEmptyCopy(periods, "periods");
        List<String> ids = Require.nonEmptyCopy(products, "products");
        int rows = Require.notNull(period, "period").length;
        Require.withinLimit(rows, MAX_ROWS, "transactions", "aggregate in batches by period");
        Require.size(Require.notNull(product, "product").length, rows, "product");
        Require.size(Require.notNull(price, "price").length, rows, "price");
        Require.size(Require.notNull(quantity, "quantity").length, rows, "quantity");
        for (int k = 0; k < rows; k++) {
            if (period[k] < 0 || period[k] >= ps.size()) {
                throw new InvalidInputException("period[" + k + "]", period[k], Rule.OUT_OF_RANGE, "[0, " + (ps.size() - 1) + "]");
            }
            if (product[k] < 0 || product[k] >= ids.size()) {
                throw new InvalidInputException("product[" + k + "]", product[k], Rule.OUT_OF_RANGE, "[0, " + (ids.size() - 1) + "]");
            }
            if (!(price[k] > 0 && price[k] < Double.POSITIVE_INFINITY)) {
                throw new InvalidInputException("price[" + k + "]", price[k], Rule.GREATER_THAN, 0);
            }
            if (!(quantity[k] > 0 && quantity[k] < Double.POSITIVE_INFINITY)) {
                throw new InvalidInputException("quantity[" + k + "]", quantity[k], Rule.GREATER_THAN, 0);
            }
        }
        return new TransactionTable(ps, ids, period.clone(), product.clone(), price.clone(), quantity.clone());
    }

    /**
     * Builds a table from records; periods and products are sorted.
     *
     * @param transactions the trades; not empty
     * @return the table
     */
    public static TransactionTable of(List<Transaction> transactions) {
        List<Transaction> rows = Require.nonEmptyCopy(transactions, "transactions");
        Require.withinLimit(rows.size(), MAX_ROWS, "transactions", "aggregate in batches by period");
        TreeSet<YearMonth> ps = new TreeSet<>();
        TreeSet<String> ids = new TreeSet<>();
        for (Transaction tx : rows) {
            ps.add(tx.period());
            ids.add(tx.productId());
        }
        List<YearMonth> periods = List.copyOf(ps);
        List<String> products = List.copyOf(ids);
        Map<YearMonth, Integer> pIndex = new HashMap<>();
        Map<String, Integer> iIndex = new HashMap<>();
        for (int t = 0; t < periods.size(); t++) {
            pIndex.put(periods.get(t), t);
        }
        for (int i = 0; i < products.size(); i++) {
            iIndex.put(products.get(i), i);
        }
        int n = rows.size();
        int[] period = new int[n];
        int[] product = new int[n];
        double[] price = new double[n];
        double[] quantity = new double[n];
        for (int k = 0; k < n; k++) {
            Transaction tx = rows.get(k);
            period[k] = pIndex.get(tx.period());
            product[k] = iIndex.get(tx.productId());
            price[k] = tx.price();
            quantity[k] = tx.quantity();
        }
        return new TransactionTable(periods, products, period, product, price, quantity);
    }

    /** @return the number of transactions */
    public int size() {
        return period.length;
    }

    /** @return the periods; unmodifiable */
    public List<YearMonth> periods() {
        return periods;
    }

    /** @return the products; unmodifiable */
    public List<String> products() {
        return products;
    }

    int[] periodColumn() {
        return period;
    }

    int[] productColumn() {
        return product;
    }

    double[] priceColumn() {
        return price;
    }

    double[] quantityColumn() {
        return quantity;
    }

    /** @return the transactions as records, in row order */
    public List<Transaction> toTransactions() {
        List<Transaction> out = new ArrayList<>(period.length);
        for (int k = 0; k < period.length; k++) {
            out.add(new Transaction(products.get(product[k]), periods.get(period[k]), price[k], quantity[k]));
        }
        return out;
    }
}
