package org.dataprice.pricing.tariff;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * Inputs of the maximum allowed revenue (最高准许收入) of a public-data operator for one period.
 *
 * @param indicatorCost       指标成本: reasonable costs net of government subsidies, &ge; 0
 * @param base                the profit base (effective assets or equity invested), &ge; 0
 * @param allowedReturn       准许收益率 r ∈ [0, 1] (configurable; see domain-notes §7 item 2)
 * @param tax                 税金, &ge; 0
 * @param priorActualRevenue  last period's actual revenue, &ge; 0 (zero in the first period)
 * @param priorAllowedRevenue last period's MAR, &ge; 0 (zero in the first period: no clawback)
 */
public record AllowedRevenueInputs(Money indicatorCost, Money base, double allowedReturn, Money tax,
        Money priorActualRevenue, Money priorAllowedRevenue) {
    /** Validates; all amounts in one currency. */
    public AllowedRevenueInputs {
        nonNegative(indicatorCost, "indicatorCost", indicatorCost);
        nonNegative(base, "base", indicatorCost);
        Require.probability(allowedReturn, "allowedReturn");
        nonNegative(tax, "tax", indicatorCost);
        nonNegative(priorActualRevenue, "priorActualRevenue", indicatorCost);
        nonNegative(priorAllowedRevenue, "priorAllowedRevenue", indicatorCost);
    }

    private static void nonNegative(Money m, String field, Money reference) {
        Require.notNull(m, field);
        Require.that(!m.isNegative(), field, m, Rule.AT_LEAST, 0);
        Require.that(m.currency().equals(reference.currency()), field, m, Rule.CURRENCY_MISMATCH, reference.currency());
    }
}
