package org.dataprice.pricing.auction;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A sealed bid.
 *
 * @param bidderId the bidder; not blank
 * @param amount   the bid, &ge; 0
 * @param sequence the submission order (earlier = smaller), used to break ties; &ge; 0
 */
public record SealedBid(String bidderId, Money amount, long sequence) {
    /** Validates. */
    public SealedBid {
        Require.notBlank(bidderId, "bidderId");
        Require.notNull(amount, "amount");
        Require.that(!amount.isNegative(), "amount", amount, Rule.AT_LEAST, 0);
        Require.atLeast(sequence, 0L, "sequence");
    }
}
