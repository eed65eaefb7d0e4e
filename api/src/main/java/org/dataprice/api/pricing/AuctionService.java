package org.dataprice.api.pricing;

import jakarta.inject.Singleton;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.Deal;
import org.dataprice.pricing.auction.AuctionFormat;
import org.dataprice.pricing.auction.AuctionResult;
import org.dataprice.pricing.auction.EnglishAuction;
import org.dataprice.pricing.auction.EnglishAuctionState;
import org.dataprice.pricing.auction.EnglishBid;
import org.dataprice.pricing.auction.SealedBid;
import org.dataprice.pricing.auction.SealedBidAuction;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.negotiation.UsageScope;

import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Persisted auctions on AUCTION listings: English through {@link EnglishAuction}, sealed bids
 * (first price, Vickrey) collected until the deadline and run by {@link SealedBidAuction} at the close.
 * Every bid and the close are one transaction with a versioned update of the auction row (optimistic
 * locking, retried by {@link MarketTransactions}); bids are append-only. Only the listing's seller
 * opens and closes; the seller may not bid (403 {@code not-a-party}).
 */
@Singleton
public class AuctionService {
    private static final EnglishAuction ENGLISH = EnglishAuction.DEFAULT;

    private final AuctionRepository auctions;
    private final BidRepository bids;
    private final ListingService listings;
    private final DealService deals;
    private final MarketTransactions tx;
    private final Clock clock;

    /**
     * @param auctions the auction table
     * @param bids     the bid log
     * @param listings the listings
     * @param deals    the deal store
     * @param tx       transactions
     * @param clock    the market clock
     */
    public AuctionService(AuctionRepository auctions, BidRepository bids, ListingService listings, DealService deals,
                          MarketTransactions tx, Clock clock) {
        this.auctions = auctions;
        this.bids = bids;
        this.listings = listings;
        this.deals = deals;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param request the auction
     * @param caller  the listing's seller
     * @return the open auction
     */
    public AuctionResponse open(OpenAuctionRequest request, String caller) {
        return tx.write(() -> {
            ListingRow row = listings.row(request.listingId());
            Listing listing = PricingMapper.toListing(row);
            if (!listing.sellerId().equals(caller)) {
                throw new NotAPartyException("sellerId", "Only the seller of listing " + listing.listingId()
                        + " may auction it");
            }
            Require.that(listing.mode() == ListingMode.AUCTION, "listing.mode", listing.mode(), Rule.INVALID_STATE,
                    "only an AUCTION listing can be auctioned");
            listings.requireTradable(row);
            Instant now = now();
            Require.that(listing.isValidAt(now), "openedAt", now, Rule.OUT_OF_RANGE,
                    "[" + listing.validFrom() + ", " + listing.validUntil() + ")");
            Money reserve = request.reserve().toMoney("reserve");
            Require.that(reserve.currency().equals(listing.quote().currency()), "reserve", reserve,
                    Rule.CURRENCY_MISMATCH, listing.quote().currency());
            Instant deadline = PricingMapper.micros(request.deadline());
            Money start;
            Money increment = null;
            if (request.format() == AuctionKind.ENGLISH) {
                Require.notNull(request.startPrice(), "startPrice");
                Require.notNull(request.increment(), "increment");
                start = request.startPrice().toMoney("startPrice");
                increment = request.increment().toMoney("increment");
                EnglishAuctionState.open("check", caller, start, increment, reserve, now, deadline);
            } else {
                Require.that(request.increment() == null, "increment", request.increment(), Rule.INVALID_STATE,
                        "an increment only for ENGLISH");
                Require.that(deadline.isAfter(now), "deadline", deadline, Rule.GREATER_THAN, now);
                start = reserve;
            }
            UsageScope rights = request.rightsType() == null ? UsageScope.INTERNAL : request.rightsType();
            AuctionRow auction = new AuctionRow(UUID.randomUUID().toString(), listing.listingId(), caller,
                    request.format().name(), reserve.currency().getCurrencyCode(), start.amount(),
                    increment == null ? null : increment.amount(), reserve.amount(), rights.name(), deadline, false,
                    null, null, now, 0, now);
            auctions.save(auction);
            return toResponse(auction, List.of(), caller);
        });
    }

    /**
     * @param id     the auction
     * @param caller the caller
     * @return the auction as the caller may see it
     */
    public AuctionResponse find(String id, String caller) {
        return tx.read(() -> toResponse(row(id), bids.findByAuctionIdOrderBySeq(id), caller));
    }

    /**
     * Places a bid; the bidder is the caller.
     *
     * @param id      the auction
     * @param caller  the bidder
     * @param request the amount
     * @return the auction after the bid
     */
    public AuctionResponse bid(String id, String caller, BidRequest request) {
        Money amount = request.amount().toMoney("amount");
        return tx.write(() -> {
            AuctionRow auction = row(id);
            List<BidRow> log = bids.findByAuctionIdOrderBySeq(id);
            if (auction.sellerId().equals(caller)) {
                throw new NotAPartyException("bidderId", "The seller may not bid in its own auction " + id);
            }
            Instant now = now();
            if (AuctionKind.valueOf(auction.format()) == AuctionKind.ENGLISH) {
                try {
                    ENGLISH.apply(english(auction, log), new EnglishBid(caller, amount, now));
                } catch (InvalidInputException e) {
                    if (e.rule() == Rule.NOT_A_PARTY) {
                        throw new NotAPartyException(e.field(), e.getMessage());
                    }
                    throw e;
                }
            } else {
                Require.that(!auction.closed(), "closed", true, Rule.INVALID_STATE, "the auction is closed");
                Require.that(!now.isBefore(auction.updatedAt()), "at", now, Rule.AT_LEAST, auction.updatedAt());
                Require.that(now.isBefore(auction.deadline()), "at", now, Rule.AFTER_DEADLINE, auction.deadline());
                Require.that(log.stream().noneMatch(b -> b.bidderId().equals(caller)), "bidderId", caller,
                        Rule.DUPLICATE, "bidder");
                Require.that(amount.currency().getCurrencyCode().equals(auction.currency()), "amount", amount,
                        Rule.CURRENCY_MISMATCH, auction.currency());
                new SealedBid(caller, amount, log.size() + 1L);
            }
            long version = auction.version() + 1;
            if (auctions.transition(id, false, null, null, now, version, auction.version()) != 1) {
                throw new MarketTransactions.VersionConflict("auction " + id);
            }
            BidRow bid = new BidRow(UUID.randomUUID().toString(), id, log.size() + 1L, caller, amount.amount(),
                    auction.currency(), now);
            bids.save(bid);
            List<BidRow> after = new java.util.ArrayList<>(log);
            after.add(bid);
            return toResponse(withState(auction, false, null, null, now, version), after, caller);
        });
    }

    /**
     * Closes the auction at or after its deadline and records the deal when there is a sale.
     *
     * @param id     the auction
     * @param caller the seller
     * @return the closed auction with winner, price and explanation
     */
    public AuctionResponse close(String id, String caller) {
        return close(id, caller, false);
    }

    /**
     * Closes an auction past its deadline on behalf of the market (the deadline sweep): no seller
     * check; the same versioned transition as {@link #close(String, String)}.
     *
     * @param id the auction
     * @return the closed auction
     */
    AuctionResponse closeBySystem(String id) {
        return close(id, null, true);
    }

    /**
     * @param now an instant
     * @return ids of open auctions whose deadline is at or before it
     */
    List<String> openPastDeadline(Instant now) {
        return tx.read(() -> auctions.findByClosedAndDeadlineLessThanEquals(false, now).stream()
                .map(AuctionRow::id).toList());
    }

    private AuctionResponse close(String id, String callerOrNull, boolean system) {
        return tx.write(() -> {
            AuctionRow auction = row(id);
            String caller = system ? auction.sellerId() : callerOrNull;
            if (!auction.sellerId().equals(caller)) {
                throw new NotAPartyException("sellerId", "Only the seller may close auction " + id);
            }
            List<BidRow> log = bids.findByAuctionIdOrderBySeq(id);
            Instant now = now();
            AuctionResult result;
            Deal deal = null;
            if (AuctionKind.valueOf(auction.format()) == AuctionKind.ENGLISH) {
                EnglishAuctionState closed = ENGLISH.close(english(auction, log), now);
                result = ENGLISH.result(closed);
                if (result.sold()) {
                    deal = Deal.fromAuction(auction.listingId(), closed, result);
                }
            } else {
                Require.that(!auction.closed(), "closed", true, Rule.INVALID_STATE, "the auction is closed");
                Require.that(!now.isBefore(auction.deadline()), "at", now, Rule.AT_LEAST, auction.deadline());
                result = sealed(auction, log);
                if (result.sold()) {
                    deal = new Deal(auction.listingId(), auction.sellerId(), result.winnerId().orElseThrow(),
                            ListingMode.AUCTION, result.price().orElseThrow(), now);
                }
            }
            long version = auction.version() + 1;
            String winner = result.winnerId().orElse(null);
            java.math.BigDecimal price = result.price().map(Money::amount).orElse(null);
            if (auctions.transition(id, true, winner, price, now, version, auction.version()) != 1) {
                throw new MarketTransactions.VersionConflict("auction " + id);
            }
            String dealId = null;
            if (deal != null) {
                dealId = deals.record(deal, listings.row(auction.listingId()), auction.rightsType(), id).id();
            }
            AuctionRow after = withState(auction, true, winner, price, now, version);
            AuctionResponse response = toResponse(after, log, caller);
            return withDeal(response, dealId);
        });
    }

    private AuctionRow row(String id) {
        return auctions.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No auction with id " + id));
    }

    private static AuctionRow withState(AuctionRow a, boolean closed, String winner, java.math.BigDecimal price,
                                        Instant updatedAt, long version) {
        return new AuctionRow(a.id(), a.listingId(), a.sellerId(), a.format(), a.currency(), a.startPrice(),
                a.increment(), a.reserve(), a.rightsType(), a.deadline(), closed, winner, price, updatedAt, version,
                a.createdAt());
    }

    private static AuctionResponse withDeal(AuctionResponse r, String dealId) {
        return new AuctionResponse(r.id(), r.listingId(), r.sellerId(), r.format(), r.startPrice(), r.increment(),
                r.reserve(), r.minimumNextBid(), r.deadline(), r.rightsType(), r.closed(), r.bidCount(), r.bids(),
                r.winnerId(), r.price(), dealId, r.version(), r.explanation());
    }

    private static EnglishAuctionState english(AuctionRow a, List<BidRow> log) {
        List<EnglishBid> accepted = log.stream()
                .map(b -> new EnglishBid(b.bidderId(), PricingMapper.money(b.amount(), b.currency()), b.bidAt()))
                .toList();
        return new EnglishAuctionState(a.id(), a.sellerId(), PricingMapper.money(a.startPrice(), a.currency()),
                PricingMapper.money(a.increment(), a.currency()), PricingMapper.money(a.reserve(), a.currency()),
                a.deadline(), accepted, a.closed(), a.updatedAt(), a.version());
    }

    private static AuctionResult sealed(AuctionRow a, List<BidRow> log) {
        AuctionFormat format = AuctionKind.valueOf(a.format()) == AuctionKind.VICKREY ? AuctionFormat.VICKREY
                : AuctionFormat.FIRST_PRICE;
        List<SealedBid> sealed = log.stream()
                .map(b -> new SealedBid(b.bidderId(), PricingMapper.money(b.amount(), b.currency()), b.seq()))
                .toList();
        return new SealedBidAuction(format, PricingMapper.money(a.reserve(), a.currency())).run(sealed);
    }

    private AuctionResponse toResponse(AuctionRow a, List<BidRow> log, String caller) {
        boolean english = AuctionKind.valueOf(a.format()) == AuctionKind.ENGLISH;
        boolean showReserve = a.closed() || a.sellerId().equals(caller);
        boolean showBids = english || a.closed();
        List<BidResponse> shown = showBids ? log.stream().map(b -> new BidResponse(b.seq(), b.bidderId(),
                MoneyJson.of(b.amount(), b.currency()), b.bidAt())).toList() : List.of();
        MoneyJson minimum = null;
        ExplanationResponse explanation = null;
        if (english) {
            EnglishAuctionState state = english(a, log);
            minimum = a.closed() ? null : MoneyJson.of(state.minimumNextBid());
            if (a.closed()) {
                explanation = ExplanationResponse.from(ENGLISH.result(state).explanation());
            }
        } else if (a.closed()) {
            explanation = ExplanationResponse.from(sealed(a, log).explanation());
        }
        String dealId = a.closed() && a.winnerId() != null ? deals.dealIdOf(ListingMode.AUCTION.name(), a.id()) : null;
        return new AuctionResponse(a.id(), a.listingId(), a.sellerId(), a.format(),
                MoneyJson.of(a.startPrice(), a.currency()),
                a.increment() == null ? null : MoneyJson.of(a.increment(), a.currency()),
                showReserve ? MoneyJson.of(a.reserve(), a.currency()) : null, minimum, a.deadline(), a.rightsType(),
                a.closed(), log.size(), shown, a.winnerId(),
                a.price() == null ? null : MoneyJson.of(a.price(), a.currency()), dealId, a.version(), explanation);
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
