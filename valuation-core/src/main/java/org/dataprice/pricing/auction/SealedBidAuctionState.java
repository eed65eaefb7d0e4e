package org.dataprice.pricing.auction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.Listing;

/**
 * The persisted state of a sealed-bid auction (密封竞价) of one listing: first-price or Vickrey
 * (second-price). An immutable aggregate: {@link #open} creates it, {@link #bid} and {@link #close}
 * return the next state, {@link #result()} runs {@link SealedBidAuction} over the sealed bids at the close.
 *
 * <p>Rules (field, {@link Rule}), in the order checked:
 * <ul>
 *   <li><b>Open</b> ({@link #open}): the opener is the listing's seller ({@code sellerId}, NOT_A_PARTY); the
 *       listing is an AUCTION listing ({@code listing.mode}, INVALID_STATE) valid at the opening
 *       ({@code openedAt}, OUT_OF_RANGE); the reserve r ≥ 0 is in the quote's currency ({@code reserve},
 *       CURRENCY_MISMATCH); the deadline is after the opening ({@code deadline}, GREATER_THAN).</li>
 *   <li><b>Bid</b> ({@link #bid}): the seller may not bid ({@code bidderId}, NOT_A_PARTY); the auction is open
 *       ({@code closed}, INVALID_STATE); {@code at ≥ updatedAt} ({@code at}, AT_LEAST) and
 *       {@code at < deadline} ({@code at}, AFTER_DEADLINE); <b>one sealed bid per bidder</b>, never replaced
 *       or withdrawn ({@code bidderId}, DUPLICATE); the auction's currency ({@code amount},
 *       CURRENCY_MISMATCH); amount ≥ 0 ({@code amount}, AT_LEAST). A bid below the reserve is accepted
 *       (the reserve is secret until the close) but cannot win. Bid i (1-based, in arrival order) gets
 *       sequence i.</li>
 *   <li><b>Close</b> ({@link #close}): by the seller ({@code sellerId}, NOT_A_PARTY); once
 *       ({@code closed}, INVALID_STATE); at or after the deadline ({@code at}, AT_LEAST).</li>
 *   <li><b>Winner and price</b> ({@link #result()}): the highest bid ≥ r wins; ties go to the earliest
 *       sequence. First-price: the winner pays its bid. Vickrey: max(r, highest other bid); a single valid
 *       bidder pays r. No bid ≥ r: no sale.</li>
 *   <li><b>Disclosure</b>: bids (and the reserve, except to the seller) stay sealed until the close
 *       ({@link #bidsPublic()}).</li>
 * </ul>
 * Sources: Krishna, <i>Auction Theory</i>, 2nd ed. 2010, ch. 2 (first- and second-price sealed-bid
 * auctions, §2.1–2.2; reserve prices §2.5); Vickrey, J. Finance 16(1):8–37, 1961. Tested against the
 * textbook example of Krishna §2.1 (bids 10, 8, 5: first-price 10, second-price 8) and hand-computed
 * reserve and tie cases, exactly. Limit: {@link SealedBidAuction#MAX_BIDS} bids. Immutable, thread-safe.
 *
 * @param auctionId the identifier; not blank
 * @param sellerId  the seller, who may not bid; not blank
 * @param format    first-price or Vickrey; not null
 * @param reserve   the reserve price r, &ge; 0; its currency is the auction's
 * @param deadline  bids are accepted strictly before it; not null
 * @param bids      the sealed bids in arrival order (bid i has sequence i + 1): distinct bidders, times
 *                  non-decreasing and not after {@code updatedAt}; copied
 * @param closed    true once closed
 * @param updatedAt time of the last transition; not after any later command's time; not null
 * @param version   transitions applied, &ge; 0
 */
public record SealedBidAuctionState(String auctionId, String sellerId, AuctionFormat format, Money reserve,
        Instant deadline, List<Bid> bids, boolean closed, Instant updatedAt, long version)
        implements AuctionState {
    /**
     * One accepted sealed bid as stored: its sequence (tie-break) is its position in {@link #bids()} + 1.
     *
     * @param bidderId the bidder; not blank
     * @param amount   the bid, &ge; 0; not null
     * @param at       when it was received; not null
     */
    public record Bid(String bidderId, Money amount, Instant at) {
        /** Validates. */
        public Bid {
            Require.notBlank(bidderId, "bidderId");
            Require.notNull(amount, "amount");
            Require.that(!amount.isNegative(), "amount", amount, Rule.AT_LEAST, 0);
            Require.notNull(at, "at");
        }
    }

    /** Validates every field and the bid log (distinct bidders, ordered times, one currency, no seller bid). */
    public SealedBidAuctionState {
        Require.notBlank(auctionId, "auctionId");
        Require.notBlank(sellerId, "sellerId");
        Require.notNull(format, "format");
        Require.notNull(reserve, "reserve");
        Require.that(!reserve.isNegative(), "reserve", reserve, Rule.AT_LEAST, 0);
        Require.notNull(deadline, "deadline");
        bids = Require.copyOf(bids, "bids");
        Require.withinLimit(bids.size(), SealedBidAuction.MAX_BIDS, "bids", "");
        Require.notNull(updatedAt, "updatedAt");
        Set<String> bidders = new HashSet<>();
        for (int i = 0; i < bids.size(); i++) {
            Bid b = bids.get(i);
            Require.that(bidders.add(b.bidderId()), "bids[" + i + "].bidderId", b.bidderId(), Rule.DUPLICATE,
                    "bidder");
            Require.that(!b.bidderId().equals(sellerId), "bids[" + i + "].bidderId", b.bidderId(), Rule.NOT_A_PARTY,
                    "bidder other than the seller");
            Require.that(i == 0 || !b.at().isBefore(bids.get(i - 1).at()), "bids[" + i + "].at", b.at(),
                    Rule.AT_LEAST, i == 0 ? b.at() : bids.get(i - 1).at());
            Require.that(!b.at().isAfter(updatedAt), "bids[" + i + "].at", b.at(), Rule.AT_MOST, updatedAt);
            Require.that(b.amount().currency().equals(reserve.currency()), "bids[" + i + "].amount", b.amount(),
                    Rule.CURRENCY_MISMATCH, reserve.currency());
        }
        Require.atLeast(version, 0L, "version");
    }

    /**
     * Opens a sealed-bid auction on a listing.
     *
     * @param auctionId the new identifier; not blank
     * @param listing   the listing auctioned; not null, mode AUCTION, valid at {@code openedAt}
     * @param sellerId  the opener; must be the listing's seller
     * @param format    first-price or Vickrey; not null
     * @param reserve   the reserve r, &ge; 0, in the quote's currency
     * @param openedAt  when it opens; not null
     * @param deadline  the close; after {@code openedAt}
     * @return an open auction without bids, version 0
     */
    public static SealedBidAuctionState open(String auctionId, Listing listing, String sellerId, AuctionFormat format,
            Money reserve, Instant openedAt, Instant deadline) {
        AuctionListings.check(listing, sellerId, reserve, openedAt);
        Require.notNull(deadline, "deadline");
        Require.that(deadline.isAfter(openedAt), "deadline", deadline, Rule.GREATER_THAN, openedAt);
        return new SealedBidAuctionState(auctionId, sellerId, format, reserve, deadline, List.of(), false, openedAt,
                0);
    }

    @Override
    public int bidCount() {
        return bids.size();
    }

    /**
     * Accepts a sealed bid (rules in the class comment); the new bid's sequence is {@code bidCount() + 1}.
     *
     * @param bidderId the bidder; not blank, not the seller, no earlier bid
     * @param amount   the bid, &ge; 0, in the reserve's currency
     * @param at       when it is received; {@code updatedAt ≤ at < deadline}
     * @return the state with the bid appended
     */
    @Override
    public SealedBidAuctionState bid(String bidderId, Money amount, Instant at) {
        Require.notBlank(bidderId, "bidderId");
        Require.notNull(amount, "amount");
        Require.notNull(at, "at");
        AuctionListings.notTheSeller(this, bidderId);
        Require.that(!closed, "closed", true, Rule.INVALID_STATE, "the auction is closed");
        Require.that(!at.isBefore(updatedAt), "at", at, Rule.AT_LEAST, updatedAt);
        Require.that(at.isBefore(deadline), "at", at, Rule.AFTER_DEADLINE, deadline);
        Require.that(bids.stream().noneMatch(b -> b.bidderId().equals(bidderId)), "bidderId", bidderId,
                Rule.DUPLICATE, "bidder");
        Require.that(amount.currency().equals(reserve.currency()), "amount", amount, Rule.CURRENCY_MISMATCH,
                reserve.currency());
        List<Bid> next = new ArrayList<>(bids.size() + 1);
        next.addAll(bids);
        next.add(new Bid(bidderId, amount, at));
        return new SealedBidAuctionState(auctionId, sellerId, format, reserve, deadline, next, false, at,
                version + 1);
    }

    /**
     * Closes the auction (rules in the class comment).
     *
     * @param closerId the seller
     * @param at       at or after the deadline; not null
     * @return the closed state
     */
    @Override
    public SealedBidAuctionState close(String closerId, Instant at) {
        AuctionListings.theSeller(this, closerId);
        Require.notNull(at, "at");
        Require.that(!closed, "closed", true, Rule.INVALID_STATE, "the auction is closed");
        Require.that(!at.isBefore(deadline), "at", at, Rule.AT_LEAST, deadline);
        return new SealedBidAuctionState(auctionId, sellerId, format, reserve, deadline, bids, true, at,
                version + 1);
    }

    /**
     * Runs {@link SealedBidAuction} over the sealed bids.
     *
     * @return the winner and price (no sale: both empty), explanation ending with {@link AuctionSteps#PRICE}
     */
    @Override
    public AuctionResult result() {
        Require.that(closed, "closed", false, Rule.INVALID_STATE, "the auction must be closed first");
        return new SealedBidAuction(format, reserve).run(sealedBids());
    }

    /** @return the bids as the model reads them: bid i (0-based) has sequence i + 1 */
    public List<SealedBid> sealedBids() {
        List<SealedBid> out = new ArrayList<>(bids.size());
        for (int i = 0; i < bids.size(); i++) {
            out.add(new SealedBid(bids.get(i).bidderId(), bids.get(i).amount(), i + 1L));
        }
        return out;
    }

    /** @return true after the close: sealed bids are opened only then */
    @Override
    public boolean bidsPublic() {
        return closed;
    }
}
