package org.dataprice.pricing.negotiation;

/**
 * A negotiation tactic: the utility an agent aims for in its next offer. Implementations are immutable
 * and thread-safe; all state (the last offers) is passed in, so one tactic serves many negotiations.
 */
public sealed interface Tactic permits TimeDependentTactic, TitForTatTactic {
    /**
     * The target utility of the next offer, always in [min, max].
     *
     * @param t              normalised time in [0, 1]
     * @param min            the lowest acceptable utility (the reservation value, or the domain minimum if higher)
     * @param max            the highest utility the agent can get in the domain
     * @param opponentBefore the agent's utility of the opponent's offer before last; NaN when none
     * @param opponentLast   the agent's utility of the opponent's last offer; NaN when none
     * @param ownLastTarget  the agent's previous target; NaN before its first offer
     * @return the target utility
     */
    double target(double t, double min, double max, double opponentBefore, double opponentLast, double ownLastTarget);
}
