package org.dataprice.pricing;

import java.time.Instant;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.auction.AuctionResult;
import org.dataprice.pricing.auction.AuctionState;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.pricing.negotiation.NegotiationStatus;

/**
 * A concluded deal (成交): what feeds the comparable-transaction store read by the market approach and
 * the price index (domain-notes §2.3 step 4).
 *
 * @param listingId the listing; not blank
 * @param sellerId  the seller; not blank
 * @param buyerId   the buyer; not blank, ≠ seller
 * @param mode      how the price was formed; not null
 * @param price     the agreed price, &ge; 0; not null
 * @param at        when the deal was concluded; not null
 */
public record Deal(String listingId, String sellerId, String buyerId, ListingMode mode, Money price, Instant at) {

    /**
     * The rule of every window of deal dates (a search, a settlement pool): the last date is not before the first.
     *
     * @param from first deal date, inclusive; null for open
     * @param to   last deal date, inclusive; null for open
     * @throws org.dataprice.error.InvalidInputException on {@code to} when it is before {@code from}
     */
    public static void requireDateWindow(java.time.LocalDate from, java.time.LocalDate to) {
        Require.that(from == null || to == null || !to.isBefore(from), "to", to, Rule.AT_LEAST, from);
    }
    /** Validates. */
    public Deal {
        Require.notBlank(listingId, "listingId");
        Require.notBlank(sellerId, "sellerId");
        Require.notBlank(buyerId, "buyerId");
        Require.that(!buyerId.equals(sellerId), "buyerId", buyerId, Rule.INVALID_STATE, "buyer must differ from seller");
        Require.notNull(mode, "mode");
        Require.notNull(price, "price");
        Require.that(!price.isNegative(), "price", price, Rule.AT_LEAST, 0);
        Require.notNull(at, "at");
    }

    /**
     * @param state an {@link NegotiationStatus#AGREED} negotiation; not null
     * @return the deal at the accepted offer's price, concluded at the acceptance
     */
    public static Deal fromNegotiation(NegotiationState state) {
        Require.notNull(state, "state");
        Require.that(state.status() == NegotiationStatus.AGREED, "status", state.status(), Rule.INVALID_STATE,
                "only an AGREED negotiation is a deal");
        return new Deal(state.listingId(), state.sellerId(), state.buyerId(), ListingMode.NEGOTIATED,
                state.agreement().orElseThrow().price(), state.updatedAt());
    }

    /**
     * The deal a negotiation has concluded, if it has: a negotiation is a deal exactly when it is
     * {@link NegotiationStatus#AGREED} ({@link #fromNegotiation}); open, withdrawn and expired ones are none.
     *
     * @param state a negotiation in any status; not null
     * @return its deal, or empty when it is not agreed
     */
    public static java.util.Optional<Deal> concluded(NegotiationState state) {
        Require.notNull(state, "state");
        return state.status() == NegotiationStatus.AGREED ? java.util.Optional.of(fromNegotiation(state))
                : java.util.Optional.empty();
    }

    /**
     * @param listingId the listing auctioned; not blank
     * @param state     the closed auction (English or sealed-bid); not null
     * @param result    its result, which must be a sale; not null
     * @return the deal at the winning price, bought by the winner, concluded at the close
     */
    public static Deal fromAuction(String listingId, AuctionState state, AuctionResult result) {
        Require.notNull(state, "state");
        Require.notNull(result, "result");
        Require.that(state.closed() && result.sold(), "result", result.winnerId(), Rule.INVALID_STATE,
                "only a closed auction with a sale is a deal");
        return new Deal(listingId, state.sellerId(), result.winnerId().orElseThrow(), ListingMode.AUCTION,
                result.price().orElseThrow(), state.updatedAt());
    }
}
