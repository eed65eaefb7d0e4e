package org.dataprice.index.transaction;

import java.time.YearMonth;
import java.util.List;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Trades summed per product and period (单元格合计): for entry k, the cell (period {@code period[k]} into
 * {@link #periods()}, product {@code product[k]} into {@link #products()}) holds {@code value[k] = Σ p q},
 * {@code units[k] = Σ q} and {@code count[k]} trades. Entries of one cell add up (a store that keeps
 * one total per load and cell hands them over as they are). This is all a unit value needs when the
 * cleaning rule filters no outliers ({@link UnitValueAggregator#compute(CellTotals, UnitValueRule)}):
 * {@code uv = Σ p q / Σ q} and the thin-cell rule counts trades, so a release costs products × periods,
 * not trades. The outlier filter needs each cell's median price, which totals cannot give.
 *
 * <p>Every product and period listed must have at least one trade (so the lists equal those of the
 * trades' {@link TransactionTable}). Immutable (arrays are copied in); thread-safe.
 */
public final class CellTotals {
    private final List<YearMonth> periods;
    private final List<String> products;
    private final int[] period;
    private final int[] product;
    private final double[] value;
    private final double[] units;
    private final int[] count;
    private final long trades;

    private CellTotals(List<YearMonth> periods, List<String> products, int[] period, int[] product, double[] value,
            double[] units, int[] count, long trades) {
        this.periods = periods;
        this.products = products;
        this.period = period;
        this.product = product;
        this.value = value;
        this.units = units;
        this.count = count;
        this.trades = trades;
    }

    /**
     * @param periods  the periods, strictly increasing; not empty
     * @param products the product identifiers, strictly increasing; not empty
     * @param period   per entry, the index into {@code periods}
     * @param product  per entry, the index into {@code products}; same length
     * @param value    per entry, Σ price × quantity, finite and &gt; 0; same length
     * @param units    per entry, Σ quantity, finite and &gt; 0; same length
     * @param count    per entry, the trades summed, &ge; 1; same length
     * @return the totals
     */
    public static CellTotals of(List<YearMonth> periods, List<String> products, int[] period, int[] product,
            double[] value, double[] units, int[] count) {
        List<YearMonth> ps = Require.nonEmptyCopy(periods, "periods");
        List<String> ids = Require.nonEmptyCopy(products, "products");
        for (int t = 1; t < ps.size(); t++) {
            Require.that(ps.get(t).isAfter(ps.get(t - 1)), "periods", ps.get(t), Rule.GREATER_THAN, ps.get(t - 1));
        }
        for (int i = 1; i < ids.size(); i++) {
            Require.that(ids.get(i).compareTo(ids.get(i - 1)) > 0, "products", ids.get(i), Rule.GREATER_THAN, ids.get(i - 1));
        }
        int n = Require.notNull(period, "period").length;
        Require.size(Require.notNull(product, "product").length, n, "product");
        Require.size(Require.notNull(value, "value").length, n, "value");
        Require.size(Require.notNull(units, "units").length, n, "units");
        Require.size(Require.notNull(count, "count").length, n, "count");
        boolean[] periodUsed = new boolean[ps.size()];
        boolean[] productUsed = new boolean[ids.size()];
        long trades = 0;
        for (int k = 0; k < n; k++) {
            Require.that(period[k] >= 0 && period[k] < ps.size(), "period[" + k + "]", period[k], Rule.OUT_OF_RANGE,
                    "0.." + (ps.size() - 1));
            Require.that(product[k] >= 0 && product[k] < ids.size(), "product[" + k + "]", product[k], Rule.OUT_OF_RANGE,
                    "0.." + (ids.size() - 1));
            Require.that(value[k] > 0 && Double.isFinite(value[k]), "value[" + k + "]", value[k], Rule.GREATER_THAN, 0);
            Require.that(units[k] > 0 && Double.isFinite(units[k]), "units[" + k + "]", units[k], Rule.GREATER_THAN, 0);
            Require.atLeast(count[k], 1, "count[" + k + "]");
            periodUsed[period[k]] = true;
            productUsed[product[k]] = true;
            trades += count[k];
        }
        for (int t = 0; t < ps.size(); t++) {
            Require.that(periodUsed[t], "periods", ps.get(t), Rule.INVALID_STATE, "a period with trades");
        }
        for (int i = 0; i < ids.size(); i++) {
            Require.that(productUsed[i], "products", ids.get(i), Rule.INVALID_STATE, "a product with trades");
        }
        return new CellTotals(ps, ids, period.clone(), product.clone(), value.clone(), units.clone(), count.clone(), trades);
    }

    /** @return the periods, increasing */
    public List<YearMonth> periods() {
        return periods;
    }

    /** @return the products, increasing */
    public List<String> products() {
        return products;
    }

    /** @return the number of entries */
    public int entries() {
        return period.length;
    }

    /** @return the trades summed, Σ count */
    public long trades() {
        return trades;
    }

    int period(int k) {
        return period[k];
    }

    int product(int k) {
        return product[k];
    }

    double value(int k) {
        return value[k];
    }

    double units(int k) {
        return units[k];
    }

    int count(int k) {
        return count[k];
    }
}
