package org.dataprice.supervision.rule;

import java.time.YearMonth;
import org.dataprice.supervision.robust.CellStatistics;

/**
 * What a per-deal rule needs to know about the market around one deal, looked up in O(1) from a prepared
 * {@link MarketContext} or from the batch's own tables.
 *
 * @param cell          the robust statistics of the deal's category and month; not null
 * @param logUnitPrice  the deal's ln(P / q), computed once (0 for a deal at price 0, which the log rules skip)
 * @param previousId    the id of the listing's previous deal, or null when there is none
 * @param previousMonth its month, or null
 * @param previousLog   its log unit price (meaningful only when {@code previousId} is not null)
 * @param indexKnown    true when the category's index level is known for both months
 * @param indexLogMove  ln(I_t / I_s) between the previous deal's month s and this deal's month t, when known
 */
public record DealFacts(CellStatistics cell, double logUnitPrice, String previousId, YearMonth previousMonth, double previousLog,
        boolean indexKnown, double indexLogMove) {
}
