package org.dataprice.accounting;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * Inputs of the period-end measurement of data inventory (CAS 1 §15–§19).
 *
 * @param cost                  the inventory's cost, ≥ 0; not null
 * @param estimatedSellingPrice the estimated selling price (估计售价), ≥ 0; not null
 * @param costsToComplete       estimated costs to complete (至完工时估计将要发生的成本), ≥ 0; not null
 * @param sellingCostsAndTaxes  estimated selling costs and related taxes (估计的销售费用以及相关税费), ≥ 0; not null
 * @param existingAllowance     the write-down allowance carried from earlier periods (存货跌价准备余额),
 *                              0 ≤ allowance ≤ cost; not null
 */
public record InventoryValuationInputs(Money cost, Money estimatedSellingPrice, Money costsToComplete,
        Money sellingCostsAndTaxes, Money existingAllowance) {
    /** Validates. */
    public InventoryValuationInputs {
        Require.notNull(cost, "cost");
        check(cost, cost, "cost");
        check(cost, Require.notNull(estimatedSellingPrice, "estimatedSellingPrice"), "estimatedSellingPrice");
        check(cost, Require.notNull(costsToComplete, "costsToComplete"), "costsToComplete");
        check(cost, Require.notNull(sellingCostsAndTaxes, "sellingCostsAndTaxes"), "sellingCostsAndTaxes");
        check(cost, Require.notNull(existingAllowance, "existingAllowance"), "existingAllowance");
        Require.that(existingAllowance.compareTo(cost) <= 0, "existingAllowance", existingAllowance, Rule.AT_MOST, cost);
    }

    private static void check(Money reference, Money value, String field) {
        Require.that(value.currency().equals(reference.currency()), field, value, Rule.CURRENCY_MISMATCH,
                reference.currency().getCurrencyCode());
        Require.that(!value.isNegative(), field, value, Rule.AT_LEAST, 0);
    }
}
