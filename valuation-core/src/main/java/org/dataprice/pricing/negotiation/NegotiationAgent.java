package org.dataprice.pricing.negotiation;

import org.dataprice.error.Require;

/**
 * An automated negotiating agent: its utility, its offering tactic and its acceptance condition
 * (the BOA decomposition of Baarslag et al., without an opponent model).
 *
 * @param utility    the agent's preferences, reservation value and discount factor; not null
 * @param tactic     how it chooses its next target utility; not null
 * @param acceptance when it accepts; not null
 */
public record NegotiationAgent(AdditiveUtility utility, Tactic tactic, AcceptanceCondition acceptance) {
    /** Validates. */
    public NegotiationAgent {
        Require.notNull(utility, "utility");
        Require.notNull(tactic, "tactic");
        Require.notNull(acceptance, "acceptance");
    }
}
