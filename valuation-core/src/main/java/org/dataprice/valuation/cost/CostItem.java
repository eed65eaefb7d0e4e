package org.dataprice.valuation.cost;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One itemised cost of building the data asset (at replacement cost on the valuation date).
 *
 * @param name     what was spent on, e.g. "数据采集 data acquisition"; not blank
 * @param category the TC component it belongs to; not null
 * @param amount   the amount, &ge; 0; not null
 */
public record CostItem(String name, CostCategory category, Money amount) {
    /** Validates. */
    public CostItem {
        Require.notBlank(name, "name");
        Require.notNull(category, "category");
        Require.notNull(amount, "amount");
        Require.that(!amount.isNegative(), "amount", amount, org.dataprice.error.Rule.AT_LEAST, 0);
    }

    /**
     * @param name     the name; not blank
     * @param category the category; not null
     * @param amount   the amount in CNY, e.g. "12.50"; not null
     * @return the item
     */
    public static CostItem cny(String name, CostCategory category, String amount) {
        return new CostItem(name, category, Money.cny(amount));
    }
}
