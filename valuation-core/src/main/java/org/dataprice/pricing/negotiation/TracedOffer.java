package org.dataprice.pricing.negotiation;

import org.dataprice.error.Require;

/**
 * One offer of a simulated negotiation, for the round-by-round trace.
 *
 * @param round         the 0-based round
 * @param proposer      who made it; not null
 * @param offer         the offer; not null
 * @param sellerUtility the seller's undiscounted utility of it
 * @param buyerUtility  the buyer's undiscounted utility of it
 */
public record TracedOffer(int round, Role proposer, Offer offer, double sellerUtility, double buyerUtility) {
    /** Validates. */
    public TracedOffer {
        Require.atLeast(round, 0, "round");
        Require.notNull(proposer, "proposer");
        Require.notNull(offer, "offer");
        Require.finite(sellerUtility, "sellerUtility");
        Require.finite(buyerUtility, "buyerUtility");
    }
}
