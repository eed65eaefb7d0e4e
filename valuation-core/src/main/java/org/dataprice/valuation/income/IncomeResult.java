package org.dataprice.valuation.income;

import java.util.List;
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
 * @param warnings     what the appraiser must check, e.g. an incremental forecast of negative value
 *                     ({@link IncomeApproach#negativeIncrementWarning}); empty when none; copied
 * @param explanation  the explanation; the last step holds P (and lists the warnings); not null
 */
public record IncomeResult(Money value, double presentValue, int periods, CashFlowSchedule schedule, List<String> warnings,
        Explanation explanation) {
    /** Checks nulls and copies. */
    public IncomeResult {
        Require.notNull(value, "value");
        Require.notNull(schedule, "schedule");
        warnings = Require.copyOf(warnings, "warnings");
        Require.notNull(explanation, "explanation");
    }
}
