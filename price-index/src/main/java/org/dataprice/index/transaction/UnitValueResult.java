package org.dataprice.index.transaction;

import java.util.List;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.index.PricePanel;

/**
 * Unit values per product and period, and what the cleaning did.
 *
 * @param panel                 unit values (price) and total quantities per product-period; not null
 * @param transactionsPerPeriod the transactions that entered a unit value, per period; copied
 * @param outliersRemoved       transactions dropped by the outlier filter, &ge; 0
 * @param thinCellsRemoved      product-periods dropped for too few transactions, &ge; 0
 * @param explanation           the counts as steps; the last holds the number of unit values
 */
public record UnitValueResult(PricePanel panel, List<Integer> transactionsPerPeriod, int outliersRemoved,
        int thinCellsRemoved, Explanation explanation) {
    /** Validates and copies. */
    public UnitValueResult {
        Require.notNull(panel, "panel");
        transactionsPerPeriod = Require.copyOf(transactionsPerPeriod, "transactionsPerPeriod");
        Require.size(transactionsPerPeriod.size(), panel.periodCount(), "transactionsPerPeriod");
        Require.atLeast(outliersRemoved, 0, "outliersRemoved");
        Require.atLeast(thinCellsRemoved, 0, "thinCellsRemoved");
        Require.notNull(explanation, "explanation");
    }
}
