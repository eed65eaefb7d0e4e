package org.dataprice.pricing.negotiation;

import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * The result of a simulated negotiation.
 *
 * @param agreement          the accepted offer, empty when the deadline passed without agreement
 * @param round              the 0-based round of the accepted offer; −1 without agreement
 * @param sellerUtility      the seller's undiscounted utility (its reservation value without agreement)
 * @param buyerUtility       the buyer's undiscounted utility (its reservation value without agreement)
 * @param sellerDiscounted   U_S · δ_S^t at the agreement time t (t = 1 without agreement)
 * @param buyerDiscounted    U_B · δ_B^t
 * @param distanceToNash     Euclidean distance of (U_S, U_B) to the Nash point of the domain
 * @param distanceToPareto   Euclidean distance of (U_S, U_B) to the Pareto frontier (0 when on it)
 * @param trace              every offer in order; copied
 * @param explanation        the steps; the last is {@link NegotiationSteps#AGREEMENT_ROUND}
 */
public record NegotiationOutcome(Optional<Offer> agreement, int round, double sellerUtility, double buyerUtility,
        double sellerDiscounted, double buyerDiscounted, double distanceToNash, double distanceToPareto,
        List<TracedOffer> trace, Explanation explanation) {
    /** Validates. */
    public NegotiationOutcome {
        Require.notNull(agreement, "agreement");
        Require.atLeast(round, -1, "round");
        Require.finite(sellerUtility, "sellerUtility");
        Require.finite(buyerUtility, "buyerUtility");
        Require.finite(sellerDiscounted, "sellerDiscounted");
        Require.finite(buyerDiscounted, "buyerDiscounted");
        Require.nonNegative(distanceToNash, "distanceToNash");
        Require.nonNegative(distanceToPareto, "distanceToPareto");
        trace = Require.copyOf(trace, "trace");
        Require.notNull(explanation, "explanation");
    }

    /** @return true when the parties agreed */
    public boolean agreed() {
        return agreement.isPresent();
    }
}
