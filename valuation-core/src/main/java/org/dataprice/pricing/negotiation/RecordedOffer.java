package org.dataprice.pricing.negotiation;

import java.time.Instant;
import org.dataprice.error.Require;

/**
 * An offer made in a human-driven negotiation, as persisted (append-only).
 *
 * @param round    the 0-based round
 * @param proposer the side that made it; not null
 * @param actorId  the identifier of the party that made it; not blank
 * @param offer    the offer; not null
 * @param at       when it was made; not null
 */
public record RecordedOffer(int round, Role proposer, String actorId, Offer offer, Instant at) {
    /** Validates. */
    public RecordedOffer {
        Require.atLeast(round, 0, "round");
        Require.notNull(proposer, "proposer");
        Require.notBlank(actorId, "actorId");
        Require.notNull(offer, "offer");
        Require.notNull(at, "at");
    }
}
