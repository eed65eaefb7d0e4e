package org.dataprice.pricing.auction;

import java.time.Instant;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;

/** The rules for opening any auction on a listing, shared by both auction states. */
final class AuctionListings {
    private AuctionListings() {
    }

    /**
     * Checks, in order: the opener is the listing's seller ({@code sellerId}, NOT_A_PARTY); the listing is
     * {@link ListingMode#AUCTION} ({@code listing.mode}, INVALID_STATE); it is valid at {@code openedAt}
     * ({@code openedAt}, OUT_OF_RANGE); the reserve is in the quote's currency ({@code reserve},
     * CURRENCY_MISMATCH).
     */
    static void check(Listing listing, String sellerId, Money reserve, Instant openedAt) {
        Require.notNull(listing, "listing");
        Require.notNull(reserve, "reserve");
        Require.notNull(openedAt, "openedAt");
        Require.that(listing.sellerId().equals(sellerId), "sellerId", sellerId, Rule.NOT_A_PARTY,
                "seller of listing " + listing.listingId());
        Require.that(listing.mode() == ListingMode.AUCTION, "listing.mode", listing.mode(), Rule.INVALID_STATE,
                "only an AUCTION listing can be auctioned");
        Require.that(listing.isValidAt(openedAt), "openedAt", openedAt, Rule.OUT_OF_RANGE,
                "[" + listing.validFrom() + ", " + listing.validUntil() + ")");
        Require.that(reserve.currency().equals(listing.quote().currency()), "reserve", reserve,
                Rule.CURRENCY_MISMATCH, listing.quote().currency());
    }

    /** The seller may not bid ({@code bidderId}, NOT_A_PARTY). */
    static void notTheSeller(AuctionState state, String bidderId) {
        Require.that(!state.sellerId().equals(bidderId), "bidderId", bidderId, Rule.NOT_A_PARTY,
                "bidder other than the seller of auction " + state.auctionId());
    }

    /** Only the seller closes ({@code sellerId}, NOT_A_PARTY). */
    static void theSeller(AuctionState state, String closerId) {
        Require.that(state.sellerId().equals(closerId), "sellerId", closerId, Rule.NOT_A_PARTY,
                "seller of auction " + state.auctionId());
    }
}
