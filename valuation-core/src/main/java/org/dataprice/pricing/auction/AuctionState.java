package org.dataprice.pricing.auction;

import java.time.Instant;
import org.dataprice.money.Money;

/**
 * The persisted state of a live auction of one listing (竞价): an immutable aggregate that a service
 * loads, advances by one command and saves. Two kinds: {@link EnglishAuctionState} (open ascending bids)
 * and {@link SealedBidAuctionState} (first-price or Vickrey sealed bids). Every command returns a new
 * state with {@code version + 1} (the optimistic lock of the stored row) and leaves this one unchanged.
 *
 * <p>Commands and their refusals (field, {@link org.dataprice.error.Rule}), in the order checked:
 * <ul>
 *   <li>{@link #bid}: the seller may not bid ({@code bidderId}, NOT_A_PARTY), then the kind's own rules;</li>
 *   <li>{@link #close}: only the seller closes ({@code sellerId}, NOT_A_PARTY); an open auction
 *       ({@code closed}, INVALID_STATE); at or after the deadline ({@code at}, AT_LEAST).</li>
 * </ul>
 * {@link #result()} of a closed auction names the winner and the price with the explanation of how they
 * were found (Krishna, <i>Auction Theory</i>, 2nd ed. 2010, ch. 2). Disclosure: {@link #bidsPublic()} and
 * {@link #reserveVisibleTo(String)} say what a reader may see before the close.
 */
public sealed interface AuctionState permits EnglishAuctionState, SealedBidAuctionState {
    /** @return the auction's identifier */
    String auctionId();

    /** @return the seller, the only party that closes and the one party that may not bid */
    String sellerId();

    /** @return the reserve price: below it there is no sale */
    Money reserve();

    /** @return bids are accepted strictly before it */
    Instant deadline();

    /** @return true once closed */
    boolean closed();

    /** @return time of the last transition */
    Instant updatedAt();

    /** @return transitions applied (the stored row's optimistic lock) */
    long version();

    /** @return the number of accepted bids */
    int bidCount();

    /**
     * Places a bid.
     *
     * @param bidderId the bidder; not blank, not the seller
     * @param amount   the bid, in the auction's currency; not null
     * @param at       when it is received; not null
     * @return the state with the bid accepted, {@code version + 1}, {@code updatedAt = at}
     */
    AuctionState bid(String bidderId, Money amount, Instant at);

    /**
     * Closes the auction.
     *
     * @param closerId the party closing; must be the seller
     * @param at       the closing time, at or after the deadline; not null
     * @return the closed state, {@code version + 1}, {@code updatedAt = at}
     */
    AuctionState close(String closerId, Instant at);

    /**
     * @return the winner and price of a closed auction (no sale: both empty)
     */
    AuctionResult result();

    /** @return true when accepted bids may be shown to every reader now */
    boolean bidsPublic();

    /**
     * @param party a reader; may be null (anonymous)
     * @return true when that reader may see the reserve now: the seller always, everyone after the close
     */
    default boolean reserveVisibleTo(String party) {
        return closed() || sellerId().equals(party);
    }
}
