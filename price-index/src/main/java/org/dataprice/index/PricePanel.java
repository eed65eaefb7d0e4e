package org.dataprice.index;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A dense period × product panel of prices (unit values) and quantities with a presence mask — the
 * one input every index method reads. Cell {@code (t, i)} holds the price and quantity of product
 * {@code i} in period {@code t}; an absent cell holds 0 in both arrays and {@code false} in the mask,
 * so the arrays never contain NaN.
 *
 * <p>Storage is row-major ({@code t * productCount + i}) in primitive arrays, so the kernels of the
 * bilateral and multilateral methods run over contiguous memory without boxing.
 *
 * <p>Rules: periods strictly increasing and distinct; product identifiers distinct and not blank;
 * a present cell has a finite price &gt; 0 and a finite quantity &gt; 0.
 * Limits: at most {@link #MAX_PERIODS} periods and {@link #MAX_CELLS} cells.
 *
 * <p>Immutable and thread-safe; accessors that return arrays return copies.
 */
public final class PricePanel {
    /** The largest number of periods accepted (50 years of months). */
    public static final int MAX_PERIODS = 600;
    /** The largest number of cells (periods × products) accepted. */
    public static final long MAX_CELLS = 50_000_000L;

    private final List<YearMonth> periods;
    private final List<String> products;
    private final Map<String, Integer> productIndex;
    private final double[] prices;
    private final double[] quantities;
    private final boolean[] present;

    private PricePanel(List<YearMonth> periods, List<String> products, double[] prices, double[] quantities,
            boolean[] present) {
        this.periods = periods;
        this.products = products;
        this.prices = prices;
        this.quantities = quantities;
        this.present = present;
        Map<String, Integer> index = new HashMap<>(products.size() * 2);
        for (int i = 0; i < products.size(); i++) {
            if (index.put(products.get(i), i) != null) {
                throw new InvalidInputException("products[" + i + "]", products.get(i), Rule.DUPLICATE, "product ids");
            }
        }
        this.productIndex = index;
    }

    /**
     * Builds a panel from row-major arrays (copied).
     *
     * @param periods    the periods, strictly increasing; not empty
     * @param products   the product identifiers, distinct, not blank; not empty
     * @param prices     prices, length periods × products, &gt; 0 where present, 0 elsewhere
     * @param quantities quantities, same layout, &gt; 0 where present, 0 elsewhere
     * @param present    the presence mask, same layout
     * @return the panel
     */
    public static PricePanel of(List<YearMonth> periods, List<String> products, double[] prices,
            double[] quantities, boolean[] present) {
        List<YearMonth> ps = checkPeriods(periods);
        List<String> ids = Require.nonEmptyCopy(products, "products");
        for (int i = 0; i < ids.size(); i++) {
            Require.notBlank(ids.get(i), "products[" + i + "]");
        }
        long cells = (long) ps.size() * ids.size();
        Require.withinLimit(cells, MAX_CELLS, "cells", "split the panel by category");
        Require.notNull(prices, "prices");
        Require.notNull(quantities, "quantities");
        Require.notNull(present, "present");
        Require.size(prices.length, (int) cells, "prices");
        Require.size(quantities.length, (int) cells, "quantities");
        Require.size(present.length, (int) cells, "present");
        double[] p = prices.clone();
        double[] q = quantities.clone();
        boolean[] m = present.clone();
        for (int c = 0; c < cells; c++) {
            if (m[c]) {
                if (!(Double.isFinite(p[c]) && p[c] > 0)) {
                    throw new InvalidInputException("prices[" + c + "]", p[c], Rule.GREATER_THAN, 0);
                }
                if (!(Double.isFinite(q[c]) && q[c] > 0)) {
                    throw new InvalidInputException("quantities[" + c + "]", q[c], Rule.GREATER_THAN, 0);
                }
            } else {
                p[c] = 0;
                q[c] = 0;
            }
        }
        return new PricePanel(ps, ids, p, q, m);
    }

    /**
     * Builds a complete panel (every product present in every period) from period-major matrices.
     *
     * @param periods    the periods; strictly increasing
     * @param products   the product identifiers
     * @param prices     {@code prices[t][i]} &gt; 0
     * @param quantities {@code quantities[t][i]} &gt; 0
     * @return the panel
     */
    public static PricePanel complete(List<YearMonth> periods, List<String> products, double[][] prices,
            double[][] quantities) {
        int t = Require.notNull(periods, "periods").size();
        int n = Require.notNull(products, "products").size();
        Require.size(Require.notNull(prices, "prices").length, t, "prices");
        Require.size(Require.notNull(quantities, "quantities").length, t, "quantities");
        double[] p = new double[t * n];
        double[] q = new double[t * n];
        boolean[] m = new boolean[t * n];
        for (int s = 0; s < t; s++) {
            Require.size(prices[s].length, n, "prices[" + s + "]");
            Require.size(quantities[s].length, n, "quantities[" + s + "]");
            System.arraycopy(prices[s], 0, p, s * n, n);
            System.arraycopy(quantities[s], 0, q, s * n, n);
            Arrays.fill(m, s * n, s * n + n, true);
        }
        return of(periods, products, p, q, m);
    }

    /**
     * Consecutive months from a start.
     *
     * @param start the first month; not null
     * @param count the number of months, &ge; 1
     * @return the months
     */
    public static List<YearMonth> months(YearMonth start, int count) {
        Require.notNull(start, "start");
        Require.atLeast(count, 1, "count");
        List<YearMonth> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(start.plusMonths(k));
        }
        return List.copyOf(out);
    }

    private static List<YearMonth> checkPeriods(List<YearMonth> periods) {
        List<YearMonth> ps = Require.nonEmptyCopy(periods, "periods");
        Require.withinLimit(ps.size(), MAX_PERIODS, "periods", "");
        for (int t = 1; t < ps.size(); t++) {
            Require.that(ps.get(t).isAfter(ps.get(t - 1)), "periods[" + t + "]", ps.get(t), Rule.GREATER_THAN,
                    ps.get(t - 1));
        }
        return ps;
    }

    /** @return the number of periods T */
    public int periodCount() {
        return periods.size();
    }

    /** @return the number of products N */
    public int productCount() {
        return products.size();
    }

    /** @return the periods, strictly increasing; unmodifiable */
    public List<YearMonth> periods() {
        return periods;
    }

    /** @return the product identifiers in column order; unmodifiable */
    public List<String> products() {
        return products;
    }

    /**
     * @param period a period of the panel; not null
     * @return its row index
     */
    public int periodIndex(YearMonth period) {
        int t = periods.indexOf(Require.notNull(period, "period"));
        Require.that(t >= 0, "period", period, Rule.UNKNOWN, "the panel's periods");
        return t;
    }

    /**
     * @param productId a product of the panel; not null
     * @return its column index
     */
    public int productIndex(String productId) {
        Integer i = productIndex.get(Require.notNull(productId, "productId"));
        Require.that(i != null, "productId", productId, Rule.UNKNOWN, "the panel's products");
        return i;
    }

    /**
     * @param t period row
     * @param i product column
     * @return the price, 0 when absent
     */
    public double price(int t, int i) {
        return prices[t * products.size() + i];
    }

    /**
     * @param t period row
     * @param i product column
     * @return the quantity, 0 when absent
     */
    public double quantity(int t, int i) {
        return quantities[t * products.size() + i];
    }

    /**
     * @param t period row
     * @param i product column
     * @return whether product i was sold in period t
     */
    public boolean isPresent(int t, int i) {
        return present[t * products.size() + i];
    }

    /** @return a copy of the row-major prices */
    public double[] prices() {
        return prices.clone();
    }

    /** @return a copy of the row-major quantities */
    public double[] quantities() {
        return quantities.clone();
    }

    /** @return a copy of the row-major presence mask */
    public boolean[] presence() {
        return present.clone();
    }

    /**
     * @param t period row
     * @return the number of products present in period t
     */
    public int presentCount(int t) {
        int n = products.size();
        int count = 0;
        for (int i = t * n, end = i + n; i < end; i++) {
            if (present[i]) {
                count++;
            }
        }
        return count;
    }

    /**
     * The panel restricted to a range of periods (a window).
     *
     * @param from first period row, inclusive
     * @param to   last period row, exclusive; {@code from < to <= T}
     * @return the sub-panel with the same products
     */
    public PricePanel window(int from, int to) {
        Require.that(from >= 0 && from < to && to <= periods.size(), "window", from + ".." + to, Rule.OUT_OF_RANGE,
                "[0, " + periods.size() + "]");
        int n = products.size();
        return new PricePanel(periods.subList(from, to), products, Arrays.copyOfRange(prices, from * n, to * n),
                Arrays.copyOfRange(quantities, from * n, to * n), Arrays.copyOfRange(present, from * n, to * n));
    }

    /**
     * The panel restricted to some products (a category), keeping column order.
     *
     * @param columns the product columns to keep, distinct; not empty
     * @return the sub-panel
     */
    public PricePanel products(int[] columns) {
        Require.notNull(columns, "columns");
        Require.that(columns.length > 0, "columns", "[]", Rule.EMPTY);
        int n = products.size();
        int t = periods.size();
        int m = columns.length;
        List<String> ids = new ArrayList<>(m);
        double[] p = new double[t * m];
        double[] q = new double[t * m];
        boolean[] mask = new boolean[t * m];
        for (int j = 0; j < m; j++) {
            int i = columns[j];
            Require.that(i >= 0 && i < n, "columns[" + j + "]", i, Rule.OUT_OF_RANGE, "[0, " + (n - 1) + "]");
            ids.add(products.get(i));
            for (int s = 0; s < t; s++) {
                p[s * m + j] = prices[s * n + i];
                q[s * m + j] = quantities[s * n + i];
                mask[s * m + j] = present[s * n + i];
            }
        }
        return new PricePanel(periods, List.copyOf(ids), p, q, mask);
    }

}
