package org.dataprice.pricing.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;

/**
 * The persisted state of a human-driven negotiation between a listing's seller and one buyer. Immutable:
 * {@link NegotiationMachine#apply} returns a new state. {@code version} counts transitions, so a service
 * can store it with optimistic locking (a concurrent command that read an older version must be retried
 * against the new state, keeping the protocol consistent).
 *
 * @param negotiationId the negotiation's identifier; not blank
 * @param listingId     the listing negotiated; not blank
 * @param sellerId      the only party allowed to act as seller; not blank
 * @param buyerId       the only party allowed to act as buyer; not blank, ≠ sellerId
 * @param status        the status; not null
 * @param turn          whose turn it is to propose or accept; not null
 * @param deadline      no command but {@link NegotiationCommand.Expire} is accepted at or after it; not null
 * @param maxRounds     the largest number of offers, 1..10,000
 * @param offers        the offers so far, append-only, in order; copied
 * @param updatedAt     the time of the last transition; not null
 * @param version       the number of transitions applied, &ge; 0
 */
public record NegotiationState(String negotiationId, String listingId, String sellerId, String buyerId,
        NegotiationStatus status, Role turn, Instant deadline, int maxRounds, List<RecordedOffer> offers,
        Instant updatedAt, long version) {
    /** The largest number of rounds a negotiation may have. */
    public static final int MAX_ROUNDS = 10_000;

    /** Validates. */
    public NegotiationState {
        Require.notBlank(negotiationId, "negotiationId");
        Require.notBlank(listingId, "listingId");
        Require.notBlank(sellerId, "sellerId");
        Require.notBlank(buyerId, "buyerId");
        Require.that(!buyerId.equals(sellerId), "buyerId", buyerId, Rule.INVALID_STATE, "buyer must differ from seller");
        Require.notNull(status, "status");
        Require.notNull(turn, "turn");
        Require.notNull(deadline, "deadline");
        Require.atLeast(maxRounds, 1, "maxRounds");
        Require.withinLimit(maxRounds, MAX_ROUNDS, "maxRounds", "");
        offers = Require.copyOf(offers, "offers");
        Require.that(offers.size() <= maxRounds, "offers", offers.size(), Rule.AT_MOST, maxRounds);
        Require.notNull(updatedAt, "updatedAt");
        Require.atLeast(version, 0L, "version");
    }

    /**
     * A new, open negotiation.
     *
     * @param negotiationId the identifier; not blank
     * @param listingId     the listing; not blank
     * @param sellerId      the listing's seller; not blank
     * @param buyerId       the buyer; not blank
     * @param first         who proposes first; not null
     * @param openedAt      when it was opened; before the deadline
     * @param deadline      the deadline; not null
     * @param maxRounds     the largest number of offers, 1..10,000
     * @return the state, version 0
     */
    public static NegotiationState open(String negotiationId, String listingId, String sellerId, String buyerId,
            Role first, Instant openedAt, Instant deadline, int maxRounds) {
        Require.notNull(openedAt, "openedAt");
        Require.notNull(deadline, "deadline");
        Require.that(deadline.isAfter(openedAt), "deadline", deadline, Rule.GREATER_THAN, openedAt);
        return new NegotiationState(negotiationId, listingId, sellerId, buyerId, NegotiationStatus.OPEN, first,
                deadline, maxRounds, List.of(), openedAt, 0);
    }

    /**
     * A new negotiation on a listing: checks that the listing is {@link ListingMode#NEGOTIATED} (field
     * {@code listing.mode}, {@link Rule#INVALID_STATE}) and valid when the negotiation opens (field
     * {@code openedAt}, {@link Rule#OUT_OF_RANGE}); the seller is the listing's seller.
     *
     * @param negotiationId the identifier; not blank
     * @param listing       the listing; not null
     * @param buyerId       the buyer; not blank, not the seller
     * @param first         who proposes first; not null
     * @param openedAt      when it opens; within the listing's validity
     * @param deadline      the deadline; after {@code openedAt}
     * @param maxRounds     the largest number of offers, 1..10,000
     * @return the state, version 0
     */
    public static NegotiationState forListing(String negotiationId, Listing listing, String buyerId, Role first,
            Instant openedAt, Instant deadline, int maxRounds) {
        Require.notNull(listing, "listing");
        Require.that(listing.mode() == ListingMode.NEGOTIATED, "listing.mode", listing.mode(), Rule.INVALID_STATE,
                "only a NEGOTIATED listing can be negotiated");
        Require.notNull(openedAt, "openedAt");
        Require.that(listing.isValidAt(openedAt), "openedAt", openedAt, Rule.OUT_OF_RANGE,
                "[" + listing.validFrom() + ", " + listing.validUntil() + ")");
        return open(negotiationId, listing.listingId(), listing.sellerId(), buyerId, first, openedAt, deadline,
                maxRounds);
    }

    /** @return the last offer, if any */
    public Optional<RecordedOffer> lastOffer() {
        return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(offers.size() - 1));
    }

    /** @return the accepted offer when {@link NegotiationStatus#AGREED} */
    public Optional<Offer> agreement() {
        return status == NegotiationStatus.AGREED ? lastOffer().map(RecordedOffer::offer) : Optional.empty();
    }

    /**
     * @param actorId a party's identifier
     * @return its role, or empty when it is neither the seller nor the buyer
     */
    public Optional<Role> roleOf(String actorId) {
        if (sellerId.equals(actorId)) {
            return Optional.of(Role.SELLER);
        }
        return buyerId.equals(actorId) ? Optional.of(Role.BUYER) : Optional.empty();
    }
}
