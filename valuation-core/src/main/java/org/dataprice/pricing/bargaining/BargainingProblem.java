package org.dataprice.pricing.bargaining;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A single-issue price bargain with linear utilities: the seller gains p − s, the buyer b − p.
 *
 * @param sellerReserve s, the seller's lowest acceptable price, &ge; 0
 * @param buyerReserve  b, the buyer's highest acceptable price, same currency, &gt; s
 */
public record BargainingProblem(Money sellerReserve, Money buyerReserve) {
    /** Validates. */
    public BargainingProblem {
        Require.notNull(sellerReserve, "sellerReserve");
        Require.notNull(buyerReserve, "buyerReserve");
        Require.that(!sellerReserve.isNegative(), "sellerReserve", sellerReserve, Rule.AT_LEAST, 0);
        Require.that(buyerReserve.currency().equals(sellerReserve.currency()), "buyerReserve", buyerReserve,
                Rule.CURRENCY_MISMATCH, sellerReserve.currency());
        Require.that(buyerReserve.compareTo(sellerReserve) > 0, "buyerReserve", buyerReserve, Rule.GREATER_THAN,
                sellerReserve);
    }
}
