package org.dataprice.api.pricing.auction;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.money.Money;
import org.dataprice.pricing.auction.AuctionFormat;
import org.dataprice.pricing.auction.AuctionResult;
import org.dataprice.pricing.auction.AuctionState;
import org.dataprice.pricing.auction.EnglishAuctionState;
import org.dataprice.pricing.auction.EnglishBid;
import org.dataprice.pricing.auction.SealedBidAuctionState;
import org.dataprice.pricing.listing.Listing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.dataprice.api.pricing.PricingMapper.micros;
import static org.dataprice.api.pricing.PricingMapper.money;

/**
 * The mapper of auctions and their bids: JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only. The money and instant helpers
 * shared by every workflow are in {@link PricingMapper}.
 */
public final class AuctionMapper {
    private AuctionMapper() {
    }

    /**
     * Opens the auction a request asks for, on a listing: {@link EnglishAuctionState#open(String, Listing,
     * String, Money, Money, Money, Instant, Instant)} or {@link SealedBidAuctionState#open}; the core checks the
     * party, listing and deadline. An {@code increment} on a sealed format is refused afterwards (422
     * {@code invalid-state}, {@code increment}: only ENGLISH has one).
     *
     * @param request  the request
     * @param id       the new auction id
     * @param listing  the listing with its terms
     * @param caller   the opener
     * @param openedAt now
     * @return the open auction
     */
    public static AuctionState openAuction(OpenAuctionRequest request, String id, Listing listing, String caller,
                                           Instant openedAt) {
        Money reserve = request.reserve().toMoney("reserve");
        Instant deadline = micros(request.deadline());
        return switch (request.format()) {
            case ENGLISH -> EnglishAuctionState.open(id, listing, caller,
                    request.startPrice() == null ? null : request.startPrice().toMoney("startPrice"),
                    request.increment() == null ? null : request.increment().toMoney("increment"), reserve, openedAt,
                    deadline);
            case FIRST_PRICE, VICKREY -> {
                SealedBidAuctionState state = SealedBidAuctionState.open(id, listing, caller,
                        AuctionFormat.valueOf(request.format().name()), reserve, openedAt, deadline);
                org.dataprice.error.Require.that(request.increment() == null, "increment", request.increment(),
                        org.dataprice.error.Rule.INVALID_STATE, "an increment only for ENGLISH");
                yield state;
            }
        };
    }

    /**
     * @param row  a stored auction
     * @param bids its bids in {@code seq} order
     * @return the core state (English or sealed-bid by {@code row.format()})
     */
    public static AuctionState toAuctionState(AuctionRow row, List<BidRow> bids) {
        Money reserve = money(row.reserve(), row.currency());
        if (AuctionKind.valueOf(row.format()) == AuctionKind.ENGLISH) {
            return new EnglishAuctionState(row.id(), row.sellerId(), money(row.startPrice(), row.currency()),
                    money(row.increment(), row.currency()), reserve, row.deadline(),
                    bids.stream().map(b -> new EnglishBid(b.bidderId(), money(b.amount(), b.currency()), b.bidAt()))
                            .toList(), row.closed(), row.updatedAt(), row.version());
        }
        return new SealedBidAuctionState(row.id(), row.sellerId(), AuctionFormat.valueOf(row.format()), reserve,
                row.deadline(), bids.stream().map(b -> new SealedBidAuctionState.Bid(b.bidderId(),
                money(b.amount(), b.currency()), b.bidAt())).toList(), row.closed(), row.updatedAt(), row.version());
    }

    /**
     * @param state     an auction
     * @param listingId its listing
     * @param rights    the usage scope sold
     * @param createdAt when it was first stored
     * @return its row; winner and price from {@link AuctionState#result()} once closed; a sealed auction
     *         stores its reserve as the start price
     */
    public static AuctionRow toRow(AuctionState state, String listingId, String rights, Instant createdAt) {
        return toRow(state, state.closed() ? state.result() : null, listingId, rights, createdAt);
    }

    /**
     * @param state     an auction
     * @param result    its result when closed (a close without sale has its own), else null
     * @param listingId its listing
     * @param rights    the usage scope sold
     * @param createdAt when it was first stored
     * @return its row
     */
    public static AuctionRow toRow(AuctionState state, AuctionResult result, String listingId, String rights,
                                   Instant createdAt) {
        String winner = result == null ? null : result.winnerId().orElse(null);
        BigDecimal price = result == null ? null : result.price().map(Money::amount).orElse(null);
        String currency = state.reserve().currency().getCurrencyCode();
        if (state instanceof EnglishAuctionState e) {
            return new AuctionRow(e.auctionId(), listingId, e.sellerId(), AuctionKind.ENGLISH.name(), currency,
                    e.startPrice().amount(), e.increment().amount(), e.reserve().amount(), rights, e.deadline(),
                    e.closed(), winner, price, e.updatedAt(), e.version(), createdAt);
        }
        SealedBidAuctionState s = (SealedBidAuctionState) state;
        return new AuctionRow(s.auctionId(), listingId, s.sellerId(), s.format().name(), currency, s.reserve().amount(),
                null, s.reserve().amount(), rights, s.deadline(), s.closed(), winner, price, s.updatedAt(),
                s.version(), createdAt);
    }

    /**
     * @param state  the auction after a command
     * @param stored its row before: listing, rights and creation time are kept
     * @return the row after
     */
    public static AuctionRow toRow(AuctionState state, AuctionRow stored) {
        return toRow(state, stored.listingId(), stored.rightsType(), stored.createdAt());
    }

    /**
     * @param state  the auction after a command
     * @param result its result when closed, else null
     * @param stored its row before
     * @return the row after
     */
    public static AuctionRow toRow(AuctionState state, AuctionResult result, AuctionRow stored) {
        return toRow(state, result, stored.listingId(), stored.rightsType(), stored.createdAt());
    }

    /**
     * @param state     an auction
     * @param row       its row
     * @param log       its stored bids
     * @param caller    the reader: the seller sees the reserve before the close; sealed bids stay hidden
     *                  until the close
     * @param dealId    the deal recorded at the close, or null
     * @return the response
     */
    public static AuctionResponse toResponse(AuctionState state, AuctionRow row, List<BidRow> log, String caller,
                                             String dealId) {
        return toResponse(state, row, log, caller, dealId, state.closed()
                ? ExplanationResponse.from(state.result().explanation()) : null);
    }

    /**
     * @param state       an auction
     * @param row         its row
     * @param log         its stored bids
     * @param caller      the reader
     * @param dealId      the deal recorded at the close, or null
     * @param explanation the result's explanation (a close without sale: its own), or null while open
     * @return the response
     */
    public static AuctionResponse toResponse(AuctionState state, AuctionRow row, List<BidRow> log, String caller,
                                             String dealId, ExplanationResponse explanation) {
        List<BidResponse> shown = state.bidsPublic() ? log.stream().map(b -> new BidResponse(b.seq(), b.bidderId(),
                MoneyJson.of(b.amount(), b.currency()), b.bidAt())).toList() : List.of();
        MoneyJson minimum = state instanceof EnglishAuctionState e && !e.closed() ? MoneyJson.of(e.minimumNextBid())
                : null;
        return new AuctionResponse(row.id(), row.listingId(), row.sellerId(), row.format(),
                MoneyJson.of(row.startPrice(), row.currency()),
                row.increment() == null ? null : MoneyJson.of(row.increment(), row.currency()),
                state.reserveVisibleTo(caller) ? MoneyJson.of(row.reserve(), row.currency()) : null, minimum,
                row.deadline(), row.rightsType(), row.closed(), log.size(), shown, row.winnerId(),
                row.price() == null ? null : MoneyJson.of(row.price(), row.currency()), dealId, row.version(),
                explanation);
    }

}
