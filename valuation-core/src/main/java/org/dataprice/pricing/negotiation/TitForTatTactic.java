package org.dataprice.pricing.negotiation;

import org.dataprice.error.Require;

/**
 * A behaviour-dependent tactic: absolute tit-for-tat (Faratin, Sierra &amp; Jennings 1998, §4.3, with
 * δ = 1), expressed in the agent's own utility. The agent opens at its maximum and then concedes as much
 * utility as the opponent's last move gave it, scaled by a reciprocity factor:
 *
 * <pre>
 *   target_{n+1} = clamp(target_n − r · (u(opp_last) − u(opp_before)), min, max)
 * </pre>
 * A retraction by the opponent (negative concession) raises the target again. Before the opponent has
 * made two offers the agent holds its maximum. Immutable and thread-safe.
 *
 * @param reciprocity r ∈ [0, 10]; 1 mirrors the opponent exactly
 */
public record TitForTatTactic(double reciprocity) implements Tactic {
    /** Validates. */
    public TitForTatTactic {
        Require.inClosedRange(reciprocity, 0, 10, "reciprocity");
    }

    @Override
    public double target(double t, double min, double max, double opponentBefore, double opponentLast,
            double ownLastTarget) {
        if (Double.isNaN(ownLastTarget) || Double.isNaN(opponentBefore) || Double.isNaN(opponentLast)) {
            return Double.isNaN(ownLastTarget) ? max : ownLastTarget;
        }
        double next = ownLastTarget - reciprocity * (opponentLast - opponentBefore);
        return next < min ? min : (next > max ? max : next);
    }
}
