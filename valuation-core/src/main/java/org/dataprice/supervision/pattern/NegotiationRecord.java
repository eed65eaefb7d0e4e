package org.dataprice.supervision.pattern;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.pricing.negotiation.RecordedOffer;

/**
 * A negotiation as the monitor sees it: the stored negotiation and its offers (append-only).
 *
 * @param negotiationId the negotiation's id; not blank
 * @param listingId     the listing; not blank
 * @param sellerId      the seller; not blank
 * @param buyerId       the buyer; not blank
 * @param offers        its offers in round order; not null, copied
 */
public record NegotiationRecord(String negotiationId, String listingId, String sellerId, String buyerId,
        List<RecordedOffer> offers) {
    /** Validates and copies. */
    public NegotiationRecord {
        Require.notBlank(negotiationId, "negotiationId");
        Require.notBlank(listingId, "listingId");
        Require.notBlank(sellerId, "sellerId");
        Require.notBlank(buyerId, "buyerId");
        offers = Require.copyOf(offers, "offers");
    }
}
