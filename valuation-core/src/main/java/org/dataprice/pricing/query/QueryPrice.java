package org.dataprice.pricing.query;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The price of a query (or bundle) for a buyer.
 *
 * @param value       the exact weighted coverage in currency units, &ge; 0
 * @param amount      {@code value} rounded half-even to the minor unit; not null
 * @param after       the buyer's history after the purchase; not null
 * @param explanation the steps; the last is {@link QuerySteps#PRICE}
 */
public record QueryPrice(double value, Money amount, PurchaseHistory after, Explanation explanation) {
    /** Validates. */
    public QueryPrice {
        Require.nonNegative(value, "value");
        Require.notNull(amount, "amount");
        Require.notNull(after, "after");
        Require.notNull(explanation, "explanation");
    }
}
