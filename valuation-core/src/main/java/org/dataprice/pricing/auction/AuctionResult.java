package org.dataprice.pricing.auction;

import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The outcome of an auction.
 *
 * @param winnerId    the winning bidder, empty when there is no sale
 * @param price       the price paid, empty when there is no sale
 * @param explanation the steps; the last is {@link AuctionSteps#PRICE}
 */
public record AuctionResult(Optional<String> winnerId, Optional<Money> price, Explanation explanation) {
    /** Validates: a winner and a price come together. */
    public AuctionResult {
        Require.notNull(winnerId, "winnerId");
        Require.notNull(price, "price");
        Require.that(winnerId.isPresent() == price.isPresent(), "price", price, Rule.INVALID_STATE,
                "a winner and a price come together");
        Require.notNull(explanation, "explanation");
    }

    /** @return true when the item was sold */
    public boolean sold() {
        return winnerId.isPresent();
    }
}
