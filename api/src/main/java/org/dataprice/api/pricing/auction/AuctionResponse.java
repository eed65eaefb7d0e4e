package org.dataprice.api.pricing.auction;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.time.Instant;
import java.util.List;

/**
 * An auction. Sealed bids are shown only after the close (before it, only their count); the reserve
 * is shown to the seller, and to everyone after the close.
 *
 * @param id             the auction id
 * @param listingId      the listing
 * @param sellerId       the seller
 * @param format         ENGLISH, FIRST_PRICE or VICKREY
 * @param startPrice     the lowest first bid (English)
 * @param increment      the minimum raise (English); null for sealed
 * @param reserve        the reserve; null when hidden from the caller
 * @param minimumNextBid the lowest acceptable next bid (open English auction); null otherwise
 * @param deadline       the deadline
 * @param rightsType     the usage scope sold
 * @param closed         whether it is closed
 * @param bidCount       the number of bids
 * @param bids           the bids (English always; sealed after the close), in arrival order
 * @param winnerId       the winner after a close with a sale
 * @param price          the price paid after a close with a sale
 * @param dealId         the deal after a close with a sale
 * @param version        transitions applied (the optimistic lock)
 * @param explanation    how the result was found, after the close
 */
@Serdeable
public record AuctionResponse(String id, String listingId, String sellerId, String format, MoneyJson startPrice,
                              @Nullable MoneyJson increment, @Nullable MoneyJson reserve,
                              @Nullable MoneyJson minimumNextBid, Instant deadline, String rightsType, boolean closed,
                              int bidCount, List<BidResponse> bids, @Nullable String winnerId,
                              @Nullable MoneyJson price, @Nullable String dealId, long version,
                              @Nullable ExplanationResponse explanation) {
}
