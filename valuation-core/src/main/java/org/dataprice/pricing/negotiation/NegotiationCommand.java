package org.dataprice.pricing.negotiation;

import java.time.Instant;
import org.dataprice.error.Require;

/**
 * A command to a human-driven negotiation, applied by {@link NegotiationMachine#apply}. Every command
 * names the acting party and the instant it was received (taken from the service's clock).
 */
public sealed interface NegotiationCommand permits NegotiationCommand.Propose, NegotiationCommand.Accept,
        NegotiationCommand.Withdraw, NegotiationCommand.Expire {
    /** @return the identifier of the acting party (the system for {@link Expire}) */
    String actorId();

    /** @return when the command was received */
    Instant at();

    /**
     * Make an offer (a counter-offer after the first).
     *
     * @param actorId the proposer; not blank
     * @param offer   the offer; not null
     * @param at      when; not null
     */
    record Propose(String actorId, Offer offer, Instant at) implements NegotiationCommand {
        /** Validates. */
        public Propose {
            Require.notBlank(actorId, "actorId");
            Require.notNull(offer, "offer");
            Require.notNull(at, "at");
        }
    }

    /**
     * Accept the opponent's last offer.
     *
     * @param actorId the accepting party; not blank
     * @param at      when; not null
     */
    record Accept(String actorId, Instant at) implements NegotiationCommand {
        /** Validates. */
        public Accept {
            Require.notBlank(actorId, "actorId");
            Require.notNull(at, "at");
        }
    }

    /**
     * Walk away (either party, at any time while open).
     *
     * @param actorId the party walking away; not blank
     * @param at      when; not null
     */
    record Withdraw(String actorId, Instant at) implements NegotiationCommand {
        /** Validates. */
        public Withdraw {
            Require.notBlank(actorId, "actorId");
            Require.notNull(at, "at");
        }
    }

    /**
     * Close a negotiation whose deadline has passed (issued by the service's scheduler).
     *
     * @param at when; not null; at or after the deadline
     */
    record Expire(Instant at) implements NegotiationCommand {
        /** Validates. */
        public Expire {
            Require.notNull(at, "at");
        }

        @Override
        public String actorId() {
            return "system";
        }
    }
}
