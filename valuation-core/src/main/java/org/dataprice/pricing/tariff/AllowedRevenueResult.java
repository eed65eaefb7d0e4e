package org.dataprice.pricing.tariff;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The maximum allowed revenue of a period.
 *
 * @param allowedProfit base × r, rounded half-even; not null
 * @param clawback      max(0, prior actual − prior MAR); not null
 * @param maximum       MAR = cost + profit + tax − clawback, floored at zero; not null
 * @param explanation   the steps; the last is {@link TariffSteps#MAR}
 */
public record AllowedRevenueResult(Money allowedProfit, Money clawback, Money maximum, Explanation explanation) {
    /** Validates. */
    public AllowedRevenueResult {
        Require.notNull(allowedProfit, "allowedProfit");
        Require.notNull(clawback, "clawback");
        Require.notNull(maximum, "maximum");
        Require.notNull(explanation, "explanation");
    }
}
