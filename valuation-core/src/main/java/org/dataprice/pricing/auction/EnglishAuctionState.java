package org.dataprice.pricing.auction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.Listing;

/**
 * The persisted state of an English (ascending, open-outcry) auction; immutable, advanced by
 * {@link EnglishAuction#apply} (or the {@link AuctionState} commands {@link #bid} and {@link #close}, which
 * first check the party and then apply the rules of {@link EnglishAuction}). {@code version} counts
 * transitions for optimistic locking. Opening on a listing ({@link #open(String, Listing, String, Money,
 * Money, Money, Instant, Instant)}) checks, in order: the opener is the listing's seller ({@code sellerId},
 * NOT_A_PARTY); an AUCTION listing ({@code listing.mode}, INVALID_STATE) valid at the opening
 * ({@code openedAt}, OUT_OF_RANGE); the reserve in the quote's currency ({@code reserve}, CURRENCY_MISMATCH);
 * a start price and an increment ({@code startPrice}, {@code increment}, NOT_NULL); the deadline after the
 * opening ({@code deadline}, GREATER_THAN); then the field rules below. Source: Krishna, <i>Auction
 * Theory</i>, 2nd ed. 2010, §2.1.
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
        Instant deadline, List<EnglishBid> bids, boolean closed, Instant updatedAt, long version)
        implements AuctionState {
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
    /**
     * Opens an English auction on a listing (checks in the class comment).
     *
     * @param auctionId  the new identifier; not blank
     * @param listing    the listing auctioned; not null, mode AUCTION, valid at {@code openedAt}
     * @param sellerId   the opener; must be the listing's seller
     * @param startPrice the lowest first bid; not null
     * @param increment  the minimum raise; not null
     * @param reserve    the reserve price, in the quote's currency
     * @param openedAt   when it opens; not null
     * @param deadline   the close; after {@code openedAt}
     * @return an open auction without bids, version 0
     */
    public static EnglishAuctionState open(String auctionId, Listing listing, String sellerId, Money startPrice,
            Money increment, Money reserve, Instant openedAt, Instant deadline) {
        AuctionListings.check(listing, sellerId, reserve, openedAt);
        Require.notNull(startPrice, "startPrice");
        Require.notNull(increment, "increment");
        return open(auctionId, sellerId, startPrice, increment, reserve, openedAt, deadline);
    }

    @Override
    public int bidCount() {
        return bids.size();
    }

    /**
     * The seller may not bid ({@code bidderId}, NOT_A_PARTY); then {@link EnglishAuction#apply}.
     *
     * @param bidderId the bidder; not blank
     * @param amount   the bid; not null
     * @param at       when it is received; not null
     * @return the state with the bid appended
     */
    @Override
    public EnglishAuctionState bid(String bidderId, Money amount, Instant at) {
        AuctionListings.notTheSeller(this, bidderId);
        return EnglishAuction.DEFAULT.apply(this, new EnglishBid(bidderId, amount, at));
    }

    /**
     * Only the seller closes ({@code sellerId}, NOT_A_PARTY); then {@link EnglishAuction#close}.
     *
     * @param closerId the seller
     * @param at       at or after the deadline
     * @return the closed state
     */
    @Override
    public EnglishAuctionState close(String closerId, Instant at) {
        AuctionListings.theSeller(this, closerId);
        return EnglishAuction.DEFAULT.close(this, at);
    }

    /** @return {@link EnglishAuction#result} of this closed auction */
    @Override
    public AuctionResult result() {
        return EnglishAuction.DEFAULT.result(this);
    }

    /** @return always true: an English auction is open outcry */
    @Override
    public boolean bidsPublic() {
        return true;
    }
}
