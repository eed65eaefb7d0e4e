package org.dataprice.valuation.cost;

import java.util.Currency;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The inputs of the CAS 2023 cost approach P = TC × (1 + R) × U.
 *
 * @param items      the itemised costs (TC = their sum), one currency, total &gt; 0; at most
 *                   {@link #MAX_ITEMS}; copied
 * @param costReturn R, the reasonable return on cost (成本投资回报率), a fraction ≥ 0 (0.1 = 10%)
 * @param adjustment U, the value adjustment coefficient; not null
 */
public record CostInputs(List<CostItem> items, double costReturn, ValueAdjustment adjustment) {
    /** The largest number of cost items accepted. */
    public static final int MAX_ITEMS = 10_000;

    /** Validates. */
    public CostInputs {
        items = Require.nonEmptyCopy(items, "items");
        Require.withinLimit(items.size(), MAX_ITEMS, "items", "");
        Currency c = items.get(0).amount().currency();
        boolean positive = false;
        for (int i = 0; i < items.size(); i++) {
            Currency ci = items.get(i).amount().currency();
            Require.that(ci.equals(c), "items[" + i + "].amount", ci, Rule.CURRENCY_MISMATCH, c.getCurrencyCode());
            positive |= items.get(i).amount().signum() > 0;
        }
        Require.that(positive, "items", "total 0", Rule.GREATER_THAN, "0 in total cost");
        Require.nonNegative(costReturn, "costReturn");
        Require.notNull(adjustment, "adjustment");
    }

    /** @return the currency of the costs */
    public Currency currency() {
        return items.get(0).amount().currency();
    }
}
