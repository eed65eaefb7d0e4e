package org.dataprice.split.payout;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The settlements of a multi-period schedule, in order, with each party's total and the loss still
 * carried forward at the end.
 *
 * @param settlements    one per period; copied
 * @param totals         per party, in order of first appearance; copied
 * @param carriedForward the loss left at the end, ≤ 0; not null
 * @param explanation    the schedule (one step per period, the last holds the total paid); not null
 */
public record ScheduleResult(List<Settlement> settlements, List<PartyTotal> totals, Money carriedForward,
        Explanation explanation) {
    /** Validates. */
    public ScheduleResult {
        settlements = Require.nonEmptyCopy(settlements, "settlements");
        totals = Require.copyOf(totals, "totals");
        Require.notNull(carriedForward, "carriedForward");
        Require.notNull(explanation, "explanation");
    }
}
