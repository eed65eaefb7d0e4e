package org.dataprice.api.pricing.auction;

import org.dataprice.api.id.RecordIds;
import org.dataprice.api.pricing.NotAPartyException;
import io.micronaut.core.type.Argument;
import org.dataprice.api.admission.NegativeListService;
import org.dataprice.api.credit.CreditService;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.json.StoredJson;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.pricing.auction.AuctionWithdrawal;
import org.dataprice.supervision.admission.AdmissionDecision;
import org.dataprice.supervision.credit.CreditAction;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.listing.ListingService;

import org.dataprice.api.transaction.Transactions;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.money.Money;
import org.dataprice.pricing.Deal;
import org.dataprice.pricing.auction.AuctionResult;
import org.dataprice.pricing.auction.AuctionState;
import org.dataprice.pricing.auction.EnglishAuctionState;
import org.dataprice.pricing.auction.SealedBidAuctionState;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.negotiation.UsageScope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Persisted auctions on AUCTION listings. Each operation loads the auction as a core
 * {@link AuctionState} ({@link EnglishAuctionState} or {@link SealedBidAuctionState}, which hold every
 * rule: who may bid when, one sealed bid per bidder, reserve, deadline, winner, price, ties), applies one
 * command and saves. Every bid and the close are one transaction with a versioned update of the auction
 * row (optimistic locking, retried by {@link Transactions}); bids are append-only. Only the listing's
 * seller opens and closes; the seller may not bid (the core's NOT_A_PARTY refusals answer 403
 * {@code not-a-party}).
 *
 * <p>A close that would sell a listing the negative list in force now prohibits (a version published after the
 * auction opened) closes it without sale instead ({@link AuctionWithdrawal}): the deal would be refused when recorded,
 * so the seller's close and the deadline sweep would otherwise fail on every attempt. The withdrawal is stored
 * append-only and hash-chained (who, when, the list version and the entries cited) and its explanation is the
 * auction's result from then on.
 */
@Singleton
public class AuctionService {
    private final AuctionRepository auctions;
    private final BidRepository bids;
    private final ListingService listings;
    private final DealService deals;
    private final Transactions tx;
    private final Clock clock;
    private final CreditService credit;
    private final NegativeListService negativeList;
    private final AuctionWithdrawalRepository withdrawals;
    private final LedgerChain chain;
    private final StoredJson json;

    /** The principal recorded when the deadline sweep closes an auction without sale. */
    public static final String SYSTEM = "system";

    /**
     * @param auctions the auction table
     * @param bids     the bid log
     * @param listings the listings
     * @param deals    the deal store
     * @param tx       transactions
     * @param clock    the market clock
     * @param credit   market credit (a bidder restricted from bidding is refused)
     * @param negativeList the negative list (a close that would sell a prohibited listing closes without sale)
     * @param withdrawals  the auctions closed without sale
     * @param chain        the ledger chain
     * @param json         stored JSON (the withdrawal's explanation)
     */
    public AuctionService(AuctionRepository auctions, BidRepository bids, ListingService listings, DealService deals,
                          Transactions tx, Clock clock, CreditService credit, NegativeListService negativeList,
                          AuctionWithdrawalRepository withdrawals, LedgerChain chain, StoredJson json) {
        this.credit = credit;
        this.negativeList = negativeList;
        this.withdrawals = withdrawals;
        this.chain = chain;
        this.json = json;
        this.auctions = auctions;
        this.bids = bids;
        this.listings = listings;
        this.deals = deals;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Opens an auction: the core opens it on the listing ({@link AuctionMapper#openAuction}: party, mode,
     * validity, reserve currency, deadline), then the listing must be tradable
     * ({@link ListingService#requireTradable}); the open state is saved.
     *
     * @param request the auction
     * @param caller  the listing's seller
     * @return the open auction
     */
    public AuctionResponse open(OpenAuctionRequest request, String caller) {
        return tx.write(() -> {
            ListingRow row = listings.row(request.listingId());
            Listing listing = listings.listing(row);
            AuctionState state = NotAPartyException.whenNotAParty(() -> AuctionMapper.openAuction(request,
                    RecordIds.nextId(clock), listing, caller, now()));
            listings.requireTradable(row);
            AuctionRow auction = AuctionMapper.toRow(state, listing.listingId(),
                    (request.rightsType() == null ? UsageScope.INTERNAL : request.rightsType()).name(),
                    state.updatedAt());
            auctions.save(auction);
            return AuctionMapper.toResponse(state, auction, List.of(), caller, null);
        });
    }

    /**
     * @param id     the auction
     * @param caller the caller
     * @return the auction as the caller may see it
     */
    public AuctionResponse find(String id, String caller) {
        return find(id, caller, false);
    }

    /**
     * @param id       the auction
     * @param caller   the reader
     * @param readsAll true for a market supervisor, who reads the auction as its seller does (with the reserve)
     * @return the auction
     */
    public AuctionResponse find(String id, String caller, boolean readsAll) {
        return tx.read(() -> {
            AuctionRow auction = row(id);
            List<BidRow> log = bids.findByAuctionIdOrderBySeq(id);
            return response(AuctionMapper.toAuctionState(auction, log), auction, log,
                    readsAll ? auction.sellerId() : caller);
        });
    }

    /**
     * Places a bid; the bidder is the caller. Load, {@link AuctionState#bid}, save the versioned row and
     * append the bid.
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
            AuctionState before = AuctionMapper.toAuctionState(auction, log);
            Instant now = now();
            AuctionState after = NotAPartyException.whenNotAParty(() -> before.bid(caller, amount, now));
            credit.require(caller, CreditAction.BIDDING, "bidderId");
            AuctionRow next = save(after, auction);
            BidRow bid = new BidRow(RecordIds.nextId(clock), id, after.bidCount(), caller, amount.amount(),
                    auction.currency(), now);
            bids.save(bid);
            List<BidRow> logAfter = new java.util.ArrayList<>(log);
            logAfter.add(bid);
            return AuctionMapper.toResponse(after, next, logAfter, caller, null);
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
    public AuctionResponse closeBySystem(String id) {
        return close(id, null, true);
    }

    /**
     * @param now an instant
     * @return ids of open auctions whose deadline is at or before it
     */
    public List<String> openPastDeadline(Instant now) {
        return tx.read(() -> auctions.findByClosedAndDeadlineLessThanEquals(false, now).stream()
                .map(AuctionRow::id).toList());
    }

    private AuctionResponse close(String id, String callerOrNull, boolean system) {
        return tx.write(() -> {
            AuctionRow auction = row(id);
            String caller = system ? auction.sellerId() : callerOrNull;
            List<BidRow> log = bids.findByAuctionIdOrderBySeq(id);
            AuctionState before = AuctionMapper.toAuctionState(auction, log);
            Instant now = now();
            AuctionState after = NotAPartyException.whenNotAParty(() -> before.close(caller, now));
            AuctionResult result = after.result();
            if (result.sold()) {
                ListingRow listing = listings.row(auction.listingId());
                AdmissionDecision decision = negativeList.dealDecision(listing.id(), listing.productId(),
                        listing.category());
                if (decision != null && !decision.admitted()) {
                    return withdraw(auction, log, before, decision, system ? SYSTEM : caller, caller, now);
                }
            }
            AuctionRow next = save(after, auction);
            String dealId = result.sold() ? deals.record(Deal.fromAuction(auction.listingId(), after, result),
                    listings.row(auction.listingId()), auction.rightsType(), id).id() : null;
            return AuctionMapper.toResponse(after, next, log, caller, dealId);
        });
    }

    private AuctionResponse withdraw(AuctionRow auction, List<BidRow> log, AuctionState before,
                                     AdmissionDecision decision, String closedBy, String caller, Instant now) {
        List<String> grounds = decision.refusals().stream().map(r -> r.citation() + ": " + r.reason()).toList();
        AuctionWithdrawal withdrawal = AuctionWithdrawal.of(before, grounds, now);
        AuctionRow next = save(withdrawal.closed(), withdrawal.result(), auction);
        ExplanationResponse explanation = ExplanationResponse.from(withdrawal.result().explanation());
        String joined = String.join("; ", grounds);
        AuctionWithdrawalRow row = withdrawals.save(new AuctionWithdrawalRow(auction.id(), decision.listVersion(),
                joined.length() <= 4000 ? joined : joined.substring(0, 3997) + "...", json.write(explanation),
                closedBy, now));
        chain.append(Ledger.AUCTION_WITHDRAWALS, row.id());
        return AuctionMapper.toResponse(withdrawal.closed(), next, log, caller, null, explanation);
    }

    // the versioned update: exactly one row at the version the command was computed from
    private AuctionRow save(AuctionState after, AuctionRow before) {
        return save(after, after.closed() ? after.result() : null, before);
    }

    private AuctionRow save(AuctionState after, AuctionResult result, AuctionRow before) {
        AuctionRow next = AuctionMapper.toRow(after, result, before);
        if (auctions.transition(next.id(), next.closed(), next.winnerId(), next.price(), next.updatedAt(),
                next.version(), before.version()) != 1) {
            throw new Transactions.VersionConflict("auction " + next.id());
        }
        return next;
    }

    private AuctionResponse response(AuctionState state, AuctionRow auction, List<BidRow> log, String caller) {
        String dealId = auction.closed() && auction.winnerId() != null
                ? deals.dealIdOf(ListingMode.AUCTION.name(), auction.id()) : null;
        AuctionWithdrawalRow withdrawn = auction.closed() && auction.winnerId() == null
                ? withdrawals.findById(auction.id()).orElse(null) : null;
        if (withdrawn != null) {
            return AuctionMapper.toResponse(state, auction, log, caller, null,
                    json.read(withdrawn.explanationJson(), Argument.of(ExplanationResponse.class)));
        }
        return AuctionMapper.toResponse(state, auction, log, caller, dealId);
    }

    /**
     * The stored auction and its bids, for the market monitor (pattern screens, the proof over deals).
     *
     * @param id an auction id
     * @return the row and its bids in order, or null when unknown
     */
    public Stored stored(String id) {
        return tx.read(() -> auctions.findById(id).map(a -> new Stored(a, bids.findByAuctionIdOrderBySeq(id)))
                .orElse(null));
    }

    /**
     * The auctions closed with a sale in a time window with their bids, for the market monitor's bid-rotation and
     * cover-bidding screens (no party check: the caller is the supervision area, SUPERVISOR only).
     *
     * @param from  first close instant, inclusive
     * @param until last close instant, exclusive
     * @param limit the most auctions read (the caller reads one more than it allows to tell a busier window)
     * @return the auctions in close order, each with its bids in order
     */
    public List<Stored> closedWithSaleBetween(Instant from, Instant until, int limit) {
        return tx.read(() -> auctions.closedWithSaleBetween(from, until, limit).stream()
                .map(a -> new Stored(a, bids.findByAuctionIdOrderBySeq(a.id()))).toList());
    }

    /**
     * A stored auction with its bids.
     *
     * @param auction the auction
     * @param bids    its bids in order
     */
    public record Stored(AuctionRow auction, List<BidRow> bids) {
    }

    private AuctionRow row(String id) {
        return auctions.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No auction with id " + id));
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
