package org.dataprice.index.series;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dataprice.error.Require;

/**
 * 数据充分性规则 — the data-sufficiency rule (IOSCO Principles for Financial Benchmarks, 2013,
 * principle 7): a period with fewer than {@code minTransactions} transactions or fewer than
 * {@code minProducts} products is either published as {@link ObservationStatus#ESTIMATED}
 * ({@link Action#ESTIMATE}: the previous published value carried forward, the standard imputation for
 * a missing elementary index, CPI Manual 2020 ¶6.84) or not published ({@link Action#SUPPRESS}).
 *
 * @param minTransactions the fewest transactions for a measured value, &ge; 1
 * @param minProducts     the fewest products with a unit value, &ge; 1
 * @param action          what to do with an insufficient period; not null
 */
public record DataSufficiencyRule(int minTransactions, int minProducts, Action action) {
    /** What happens to a period with too little data. */
    public enum Action {
        /** Publish the previous value carried forward, flagged E. */
        ESTIMATE,
        /** Do not publish the period. */
        SUPPRESS
    }

    /** Validates. */
    public DataSufficiencyRule {
        Require.atLeast(minTransactions, 1, "minTransactions");
        Require.atLeast(minProducts, 1, "minProducts");
        Require.notNull(action, "action");
    }

    /**
     * @param series       the measured series; not null
     * @param transactions transactions per period (a missing period counts as 0); not null
     * @param products     products with a unit value per period (missing counts as 0); not null
     * @return the series with insufficient periods estimated or removed; the first period, having
     *         nothing to carry forward, is removed when insufficient
     */
    public IndexSeries apply(IndexSeries series, Map<YearMonth, Integer> transactions, Map<YearMonth, Integer> products) {
        Require.notNull(series, "series");
        Require.notNull(transactions, "transactions");
        Require.notNull(products, "products");
        List<IndexObservation> out = new ArrayList<>();
        IndexObservation last = null;
        for (IndexObservation o : series.observations()) {
            boolean enough = transactions.getOrDefault(o.period(), 0) >= minTransactions
                    && products.getOrDefault(o.period(), 0) >= minProducts;
            if (enough) {
                out.add(o);
                last = o;
            } else if (action == Action.ESTIMATE && last != null) {
                last = new IndexObservation(o.period(), last.value(), ObservationStatus.ESTIMATED);
                out.add(last);
            }
        }
        Require.that(!out.isEmpty(), "series", series.seriesId(), org.dataprice.error.Rule.TOO_FEW,
                "one period with sufficient data");
        return series.withObservations(out);
    }
}
