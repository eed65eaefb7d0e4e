package org.dataprice.api.pricing.negotiation;

import org.dataprice.api.id.RecordIds;
import org.dataprice.api.pricing.NotAPartyException;
import org.dataprice.api.credit.CreditService;
import org.dataprice.supervision.credit.CreditAction;
import org.dataprice.api.pricing.PricingMapper;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.listing.ListingService;

import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.json.CoreFields;
import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.pricing.Deal;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.negotiation.NegotiationCommand;
import org.dataprice.pricing.negotiation.NegotiationMachine;
import org.dataprice.pricing.negotiation.NegotiationState;

import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Drives persisted negotiations through {@link NegotiationMachine}. Each command is one transaction:
 * read the state and its offers, apply the command at the clock's instant, write the state with
 * {@code UPDATE ... WHERE id = ? AND version = ?} and append the new offer; an acceptance also writes
 * the deal. A concurrent command that lost the version race is retried on the new state by
 * {@link Transactions} (and then typically meets the turn rule), so exactly one offer wins each
 * turn and the log stays consistent.
 *
 * <p>Parties: the listing's seller acts as seller, the principal that opened the negotiation as
 * buyer; anyone else gets the 404 of an unknown negotiation, so an outsider cannot learn that it exists.
 */
@Singleton
public class NegotiationService {
    private static final NegotiationMachine MACHINE = NegotiationMachine.DEFAULT;

    private final NegotiationRepository negotiations;
    private final OfferRepository offers;
    private final ListingService listings;
    private final DealService deals;
    private final Transactions tx;
    private final Clock clock;
    private final LedgerChain chain;
    private final CreditService credit;

    /**
     * @param negotiations the negotiation table
     * @param offers       the offer log
     * @param listings     the listings
     * @param deals        the deal store
     * @param tx           transactions
     * @param clock        the market clock
     * @param chain        the ledger chain (every offer is a record of the offers ledger)
     * @param credit       market credit (a buyer restricted from bidding may not open, offer or accept)
     */
    public NegotiationService(NegotiationRepository negotiations, OfferRepository offers, ListingService listings,
                              DealService deals, Transactions tx, Clock clock,
                              LedgerChain chain, CreditService credit) {
        this.credit = credit;
        this.chain = chain;
        this.negotiations = negotiations;
        this.offers = offers;
        this.listings = listings;
        this.deals = deals;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Opens a negotiation; the caller is the buyer.
     *
     * @param request the listing, first mover, deadline and rounds
     * @param buyerId the caller
     * @return the new negotiation
     */
    public NegotiationResponse open(OpenNegotiationRequest request, String buyerId) {
        return tx.write(() -> {
            ListingRow listing = listings.row(request.listingId());
            listings.requireTradable(listing);
            credit.require(buyerId, CreditAction.BIDDING, "buyerId");
            NegotiationState state = NegotiationState.forListing(RecordIds.nextId(clock),
                    listings.listing(listing), buyerId, request.first(), now(),
                    PricingMapper.micros(request.deadline()), request.maxRounds());
            negotiations.save(NegotiationMapper.toRow(state, state.updatedAt()));
            return NegotiationMapper.toResponse(state, null);
        });
    }

    /**
     * @param id     the negotiation
     * @param caller the caller; must be a party
     * @return the negotiation and its offers
     */
    public NegotiationResponse find(String id, String caller) {
        return find(id, caller, false);
    }

    /**
     * @param id       the negotiation
     * @param caller   the reader
     * @param readsAll true for a market supervisor, who reads every negotiation (else parties only, 404 to others)
     * @return the negotiation
     */
    public NegotiationResponse find(String id, String caller, boolean readsAll) {
        return tx.read(() -> {
            NegotiationState state = load(id);
            if (!readsAll) {
                requireParty(state, caller);
            }
            return NegotiationMapper.toResponse(state, deals.dealIdOf(ListingMode.NEGOTIATED.name(), id));
        });
    }

    /**
     * @param id      the negotiation
     * @param caller  the proposer
     * @param request the offer
     * @return the negotiation after the offer
     */
    public NegotiationResponse propose(String id, String caller, OfferRequest request) {
        var offer = NegotiationMapper.toOffer(request);
        return command(id, caller, request.version(), at -> new NegotiationCommand.Propose(caller, offer, at), true);
    }

    /**
     * @param id     the negotiation
     * @param caller the party accepting the other's last offer
     * @return the agreed negotiation, with the deal id
     */
    public NegotiationResponse accept(String id, String caller) {
        return command(id, caller, null, at -> new NegotiationCommand.Accept(caller, at), true);
    }

    /**
     * @param id     the negotiation
     * @param caller the party withdrawing
     * @return the withdrawn negotiation
     */
    public NegotiationResponse withdraw(String id, String caller) {
        return command(id, caller, null, at -> new NegotiationCommand.Withdraw(caller, at));
    }

    /**
     * Marks a negotiation expired, at or after its deadline (either party may ask).
     *
     * @param id     the negotiation
     * @param caller a party
     * @return the expired negotiation
     */
    public NegotiationResponse expire(String id, String caller) {
        return command(id, caller, null, NegotiationCommand.Expire::new);
    }

    /**
     * Expires a negotiation past its deadline on behalf of the market (the deadline sweep): no party
     * check; the same versioned transition as {@link #expire}.
     *
     * @param id the negotiation
     * @return the negotiation after expiry
     */
    public NegotiationResponse expireBySystem(String id) {
        return command(id, null, null, NegotiationCommand.Expire::new);
    }

    /**
     * @param now an instant
     * @return ids of OPEN negotiations whose deadline is at or before it
     */
    public List<String> openPastDeadline(Instant now) {
        return tx.read(() -> negotiations.findByStatusAndDeadlineLessThanEquals("OPEN", now).stream()
                .map(NegotiationRow::id).toList());
    }

    private NegotiationResponse command(String id, String caller, Long expectedVersion,
                                        Function<Instant, NegotiationCommand> command) {
        return command(id, caller, expectedVersion, command, false);
    }

    // trading: an offer or an acceptance (by either party) while the buyer is restricted from bidding (market credit)
    private NegotiationResponse command(String id, String caller, Long expectedVersion,
                                        Function<Instant, NegotiationCommand> command, boolean trading) {
        return tx.write(() -> {
            NegotiationState state = load(id);
            if (caller != null) {
                requireParty(state, caller);
            }
            if (trading) {
                credit.require(state.buyerId(), CreditAction.BIDDING, "buyerId");
            }
            if (expectedVersion != null && expectedVersion != state.version()) {
                throw new ProblemException(ProblemType.CONFLICT, "Negotiation " + id + " is at version "
                        + state.version() + ", not " + expectedVersion + ": read it again");
            }
            // a core not-a-party refusal is 403; the offer is the request body, so the core's offer.price is price
            NegotiationState next = CoreFields.renamed("offer.price", "price",
                    () -> NotAPartyException.whenNotAParty(() -> MACHINE.apply(state, command.apply(now()))));
            if (negotiations.transition(id, next.status().name(), next.turn().name(), next.updatedAt(), next.version(),
                    state.version()) != 1) {
                throw new Transactions.VersionConflict("negotiation " + id);
            }
            List<org.dataprice.pricing.negotiation.RecordedOffer> all = next.offers();
            for (int i = state.offers().size(); i < all.size(); i++) {
                String offerId = RecordIds.nextId(clock);
                offers.save(NegotiationMapper.toRow(offerId, id, all.get(i)));
                chain.append(Ledger.OFFERS, offerId);
            }
            String dealId = Deal.concluded(next).map(deal -> deals.record(deal, listings.row(next.listingId()),
                    next.agreement().orElseThrow().scope().name(), id).id()).orElse(null);
            return NegotiationMapper.toResponse(next, dealId);
        });
    }

    private NegotiationState load(String id) {
        NegotiationRow row = negotiations.findById(id)
                .orElseThrow(() -> notFound(id));
        return NegotiationMapper.toState(row, offers.findByNegotiationIdOrderByRoundNo(id));
    }

    /** A caller that is no party learns nothing, not even that the negotiation exists: the same 404 as an unknown id. */
    /**
     * The stored negotiation, for the market monitor's proof over deals (no party check: the caller is the
     * supervision area, whose endpoints are SUPERVISOR only).
     *
     * @param id a negotiation id
     * @return its row, or null
     */
    public NegotiationRow stored(String id) {
        return tx.read(() -> negotiations.findById(id).orElse(null));
    }

    /**
     * The negotiations opened in a time window with their offers, for the market monitor's identical-offer screen
     * (no party check: the caller is the supervision area, SUPERVISOR only).
     *
     * @param from  first creation instant, inclusive
     * @param until last creation instant, exclusive
     * @param limit the most negotiations read (the caller reads one more than it allows to tell a busier window)
     * @return their states, oldest first
     */
    public List<NegotiationState> createdBetween(Instant from, Instant until, int limit) {
        return tx.read(() -> negotiations.createdBetween(from, until, limit).stream()
                .map(r -> NegotiationMapper.toState(r, offers.findByNegotiationIdOrderByRoundNo(r.id()))).toList());
    }

    private static void requireParty(NegotiationState state, String caller) {
        if (state.roleOf(caller).isEmpty()) {
            throw notFound(state.negotiationId());
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No negotiation with id " + id);
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
