package org.dataprice.pricing.auction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * The persisted state of an English (ascending, open-outcry) auction; immutable, advanced by
 * {@link EnglishAuction#apply}. {@code version} counts transitions for optimistic locking.
 *
 * @param auctionId     the identifier; not blank
 * @param sellerId      the seller, who may not bid; not blank
 * @param startPrice    the lowest first bid, &ge; 0
 * @param increment     the minimum raise over the standing bid, &gt; 0, same currency
 * @param reserve       the reserve price: below it there is no sale at the close; &ge; 0
 * @param deadline      bids are accepted strictly before it; not null
 * @param bids          the accepted bids, strictly increasing; copied
 * @param closed        true once closed
 * @param updatedAt     time of the last transition; not null
 * @param version       transitions applied, &ge; 0
 */
public record EnglishAuctionState(String auctionId, String sellerId, Money startPrice, Money increment, Money reserve,
        Instant deadline, List<EnglishBid> bids, boolean closed, Instant updatedAt, long version) {
    /** Validates. */
    public EnglishAuctionState {
        Require.notBlank(auctionId, "auctionId");
        Require.notBlank(sellerId, "sellerId");
        Require.notNull(startPrice, "startPrice");
        Require.that(!startPrice.isNegative(), "startPrice", startPrice, Rule.AT_LEAST, 0);
        Require.notNull(increment, "increment");
        Require.that(increment.signum() > 0, "increment", increment, Rule.GREATER_THAN, 0);
        Require.that(increment.currency().equals(startPrice.currency()), "increment", increment,
                Rule.CURRENCY_MISMATCH, startPrice.currency());
        Require.notNull(reserve, "reserve");
        Require.that(!reserve.isNegative(), "reserve", reserve, Rule.AT_LEAST, 0);
        Require.that(reserve.currency().equals(startPrice.currency()), "reserve", reserve, Rule.CURRENCY_MISMATCH,
                startPrice.currency());
        Require.notNull(deadline, "deadline");
        bids = Require.copyOf(bids, "bids");
        Require.notNull(updatedAt, "updatedAt");
        Require.atLeast(version, 0L, "version");
    }

    /**
     * @param auctionId  the identifier
     * @param sellerId   the seller
     * @param startPrice the lowest first bid
     * @param increment  the minimum raise
     * @param reserve    the reserve price
     * @param openedAt   when it opens; before the deadline
     * @param deadline   the close
     * @return an open auction without bids, version 0
     */
    public static EnglishAuctionState open(String auctionId, String sellerId, Money startPrice, Money increment,
            Money reserve, Instant openedAt, Instant deadline) {
        Require.notNull(openedAt, "openedAt");
        Require.notNull(deadline, "deadline");
        Require.that(deadline.isAfter(openedAt), "deadline", deadline, Rule.GREATER_THAN, openedAt);
        return new EnglishAuctionState(auctionId, sellerId, startPrice, increment, reserve, deadline, List.of(), false,
                openedAt, 0);
    }

    /** @return the standing (highest) bid, if any */
    public Optional<EnglishBid> standingBid() {
        return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(bids.size() - 1));
    }

    /** @return the lowest acceptable next bid: the start price, or the standing bid plus the increment */
    public Money minimumNextBid() {
        return standingBid().map(b -> b.amount().plus(increment)).orElse(startPrice);
    }
}
