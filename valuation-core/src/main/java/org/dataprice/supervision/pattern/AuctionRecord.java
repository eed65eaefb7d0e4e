package org.dataprice.supervision.pattern;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.pricing.auction.SealedBid;

/**
 * A closed sealed-bid auction as the monitor sees it (the stored auction and its bids).
 *
 * @param auctionId the auction's id; not blank
 * @param listingId the listing auctioned; not blank
 * @param closedAt  when it closed; not null
 * @param bids      the bids, one per bidder, one currency; at least one, copied
 * @param winnerId  the winner, one of the bidders; null when unsold
 */
public record AuctionRecord(String auctionId, String listingId, Instant closedAt, List<SealedBid> bids,
        String winnerId) {
    /** Validates and copies. */
    public AuctionRecord {
        Require.notBlank(auctionId, "auctionId");
        Require.notBlank(listingId, "listingId");
        Require.notNull(closedAt, "closedAt");
        bids = Require.nonEmptyCopy(bids, "bids");
        Set<String> bidders = new HashSet<>();
        for (SealedBid b : bids) {
            Require.that(bidders.add(b.bidderId()), "bids", b.bidderId(), Rule.DUPLICATE, "one bid per bidder");
            Require.that(b.amount().currency().equals(bids.get(0).amount().currency()), "bids", b.amount(),
                    Rule.CURRENCY_MISMATCH, bids.get(0).amount().currency());
        }
        Require.that(winnerId == null || bidders.contains(winnerId), "winnerId", winnerId, Rule.UNKNOWN, bidders);
    }
}
