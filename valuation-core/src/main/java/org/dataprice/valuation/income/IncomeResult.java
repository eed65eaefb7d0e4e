package org.dataprice.valuation.income;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * An income-approach value.
 *
 * @param value        P rounded half-even to minor units; not null
 * @param presentValue P before rounding
 * @param periods      the income period n (the longest scenario for the scenario form)
 * @param schedule     the cash-flow schedule; not null
 * @param explanation  the explanation; the last step holds P; not null
 */
public record IncomeResult(Money value, double presentValue, int periods, CashFlowSchedule schedule, Explanation explanation) {
    /** Checks nulls. */
    public IncomeResult {
        Require.notNull(value, "value");
        Require.notNull(schedule, "schedule");
        Require.notNull(explanation, "explanation");
    }
}
