package org.dataprice.index.transaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.index.PricePanel;

/**
 * 单位价值 — quantity-weighted unit values per product and period.
 *
 * <p>Formula: for the kept transactions k of product i in period t,
 * {@code uv(i,t) = Σ p_k q_k / Σ q_k} and {@code q(i,t) = Σ q_k} (CPI Manual 2020, ¶10.29–10.33;
 * Diewert &amp; Fox 2020 on unit values). Cleaning follows {@link UnitValueRule}: first the outlier filter on
 * {@code p_k / median(p)} of the cell, then the minimum count; a cell failing the minimum is absent.
 *
 * <p>Algorithm: a counting sort of the rows by cell {@code t·N + i} (O(n + T·N)), then each cell is
 * reduced independently; cells are split into fixed contiguous chunks reduced in parallel, so the
 * result is identical on any number of cores. Medians use a sorted copy of the cell's prices
 * (the mean of the two middle prices when the count is even).
 *
 * <p>Units: the price's currency per unit; quantities in units. Stateless and thread-safe.
 */
public final class UnitValueAggregator {
    /** The shared instance. */
    public static final UnitValueAggregator DEFAULT = new UnitValueAggregator();

    private static final int CHUNKS = 8;

    private UnitValueAggregator() {
    }

    /**
     * @param table the transactions; not null
     * @param rule  the cleaning rule; not null
     * @return the unit values with counts and explanation
     */
    public UnitValueResult compute(TransactionTable table, UnitValueRule rule) {
        Require.notNull(table, "table");
        Require.notNull(rule, "rule");
        int t = table.periods().size();
        int n = table.products().size();
        Require.withinLimit((long) t * n, PricePanel.MAX_CELLS, "cells", "aggregate by category");
        double[] uv = new double[t * n];
        double[] qty = new double[t * n];
        int[] kept = new int[t * n];
        int[] stats = aggregate(table.periodColumn(), table.productColumn(), table.priceColumn(),
                table.quantityColumn(), n, t, rule, uv, qty, kept);
        return result(table.periods(), table.products(), table.size(), rule, uv, qty, kept, stats);
    }

    /**
     * The same unit values from trades already summed per cell ({@link CellTotals}): for each cell
     * {@code uv = Σ p q / Σ q} over its entries, absent when it has fewer than {@code minTransactions}
     * trades. Equal to {@link #compute(TransactionTable, UnitValueRule)} over the same trades up to the
     * order of the floating-point sums (a relative difference of the order of 10<sup>-15</sup>); the
     * explanation is the same (no outliers). Cost O(entries + periods × products), independent of the
     * number of trades.
     *
     * @param totals the per-cell sums; not null
     * @param rule   the cleaning rule; not null, and it must filter no outliers (the filter needs each
     *               cell's median price, which sums cannot give: compute from the trades instead)
     * @return the unit values with counts and explanation
     */
    public UnitValueResult compute(CellTotals totals, UnitValueRule rule) {
        Require.notNull(totals, "totals");
        Require.notNull(rule, "rule");
        Require.that(!rule.filtersOutliers(), "cleaning", rule, Rule.INVALID_STATE,
                "the outlier filter needs every trade's price: compute from the trades");
        int t = totals.periods().size();
        int n = totals.products().size();
        Require.withinLimit((long) t * n, PricePanel.MAX_CELLS, "cells", "aggregate by category");
        double[] value = new double[t * n];
        double[] units = new double[t * n];
        int[] count = new int[t * n];
        for (int k = 0; k < totals.entries(); k++) {
            int c = totals.period(k) * n + totals.product(k);
            value[c] += totals.value(k);
            units[c] += totals.units(k);
            count[c] += totals.count(k);
        }
        double[] uv = new double[t * n];
        double[] qty = new double[t * n];
        int[] kept = new int[t * n];
        int thin = 0;
        for (int c = 0; c < t * n; c++) {
            if (count[c] == 0) {
                continue;
            }
            if (count[c] < rule.minTransactions()) {
                thin++;
                continue;
            }
            uv[c] = value[c] / units[c];
            qty[c] = units[c];
            kept[c] = count[c];
        }
        return result(totals.periods(), totals.products(), totals.trades(), rule, uv, qty, kept, new int[] {0, thin});
    }

    private static UnitValueResult result(List<java.time.YearMonth> periods, List<String> products, long trades,
            UnitValueRule rule, double[] uv, double[] qty, int[] kept, int[] stats) {
        int t = periods.size();
        int n = products.size();
        boolean[] present = new boolean[t * n];
        List<Integer> perPeriod = new ArrayList<>(t);
        int cells = 0;
        for (int s = 0; s < t; s++) {
            int count = 0;
            for (int c = s * n; c < s * n + n; c++) {
                if (kept[c] > 0) {
                    present[c] = true;
                    count += kept[c];
                    cells++;
                }
            }
            perPeriod.add(count);
        }
        PricePanel panel = PricePanel.of(periods, products, uv, qty, present);
        Explanation ex = Explanation.builder("index.unitValues")
                .input("transactions", trades)
                .input("lowerRelative", rule.lowerRelative(), "")
                .input("upperRelative", rule.upperRelative(), "")
                .input("minTransactions", rule.minTransactions())
                .step(Step.of(TransactionSteps.TRANSACTIONS, "n", trades, ""))
                .step(Step.builder(TransactionSteps.OUTLIERS).formula("drop k if p_k/median ∉ [lower, upper]")
                        .result(stats[0], "").source("CPI Manual 2020, ¶10.59").build())
                .step(Step.of(TransactionSteps.THIN_CELLS, "drop cell if count < minTransactions", stats[1], ""))
                .step(Step.builder(TransactionSteps.UNIT_VALUES).formula("uv = Σ p q / Σ q")
                        .result(cells, "").source("CPI Manual 2020, ¶10.29").build())
                .build();
        return new UnitValueResult(panel, perPeriod, stats[0], stats[1], ex);
    }

    /**
     * The primitive kernel: fills unit values, total quantities and kept counts per cell
     * {@code period·products + product}. Absent cells are left 0.
     *
     * @param period   per row, the period index
     * @param product  per row, the product index
     * @param price    per row, the unit price
     * @param quantity per row, the quantity
     * @param products N
     * @param periods  T
     * @param rule     the cleaning rule
     * @param uv       out: unit values, length T·N
     * @param qty      out: total quantities, length T·N
     * @param kept     out: kept transactions (0 when the cell is absent), length T·N
     * @return {outliers removed, thin cells removed}
     */
    public static int[] aggregate(int[] period, int[] product, double[] price, double[] quantity, int products,
            int periods, UnitValueRule rule, double[] uv, double[] qty, int[] kept) {
        int cells = periods * products;
        int rows = period.length;
        int[] start = new int[cells + 1];
        for (int k = 0; k < rows; k++) {
            start[period[k] * products + product[k] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, cells);
        int[] order = new int[rows];
        for (int k = 0; k < rows; k++) {
            order[fill[period[k] * products + product[k]]++] = k;
        }
        long[] results = IntStream.range(0, CHUNKS).parallel().mapToLong(chunk -> {
            int from = (int) ((long) cells * chunk / CHUNKS);
            int to = (int) ((long) cells * (chunk + 1) / CHUNKS);
            return reduceCells(from, to, start, order, price, quantity, rule, uv, qty, kept);
        }).toArray();
        int outliers = 0;
        int thin = 0;
        for (long r : results) {
            outliers += (int) (r >>> 32);
            thin += (int) r;
        }
        return new int[] {outliers, thin};
    }

    /** Reduces cells [from, to); returns outliers in the high 32 bits and thin cells in the low 32 bits. */
    private static long reduceCells(int from, int to, int[] start, int[] order, double[] price, double[] quantity,
            UnitValueRule rule, double[] uv, double[] qty, int[] kept) {
        boolean filter = rule.filtersOutliers();
        double[] scratch = new double[16];
        long outliers = 0;
        long thin = 0;
        for (int c = from; c < to; c++) {
            int a = start[c];
            int b = start[c + 1];
            if (a == b) {
                continue;
            }
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            if (filter) {
                if (scratch.length < b - a) {
                    scratch = new double[Math.max(b - a, scratch.length * 2)];
                }
                for (int k = a; k < b; k++) {
                    scratch[k - a] = price[order[k]];
                }
                double median = median(scratch, b - a);
                lo = rule.lowerRelative() * median;
                hi = rule.upperRelative() * median;
            }
            double value = 0;
            double units = 0;
            int count = 0;
            for (int k = a; k < b; k++) {
                int row = order[k];
                double p = price[row];
                if (p < lo || p > hi) {
                    outliers++;
                    continue;
                }
                value += p * quantity[row];
                units += quantity[row];
                count++;
            }
            if (count < rule.minTransactions() || count == 0) {
                if (count > 0) {
                    thin++;
                }
                continue;
            }
            uv[c] = value / units;
            qty[c] = units;
            kept[c] = count;
        }
        return outliers << 32 | thin;
    }

    /** median of x[0..n): the middle of a sorted copy, or the mean of the two middles. */
    private static double median(double[] x, int n) {
        Arrays.sort(x, 0, n);
        return (n & 1) == 1 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
    }
}
