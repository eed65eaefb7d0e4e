package org.dataprice.pricing.negotiation;

import org.dataprice.explain.StepKey;

/** The step keys of the explanations in {@code org.dataprice.pricing.negotiation}. */
public final class NegotiationSteps {
    /** The number of offers exchanged. */
    public static final StepKey OFFERS = StepKey.of("negotiation.offers", "Offers exchanged");
    /** The Nash bargaining point of the domain, as the product of gains. */
    public static final StepKey NASH = StepKey.of("negotiation.nash", "Nash product at the Nash point");
    /** Distance of the outcome to the Nash point. */
    public static final StepKey DISTANCE_NASH = StepKey.of("negotiation.distanceToNash", "Distance to the Nash point");
    /** Distance of the outcome to the Pareto frontier. */
    public static final StepKey DISTANCE_PARETO = StepKey.of("negotiation.distanceToPareto", "Distance to the Pareto frontier");
    /** The seller's discounted utility. */
    public static final StepKey SELLER_UTILITY = StepKey.of("negotiation.sellerUtility", "Seller utility U_S·δ_S^t");
    /** The buyer's discounted utility. */
    public static final StepKey BUYER_UTILITY = StepKey.of("negotiation.buyerUtility", "Buyer utility U_B·δ_B^t");
    /** The agreement round (−1 when none). */
    public static final StepKey AGREEMENT_ROUND = StepKey.of("negotiation.agreementRound", "Round of the accepted offer (−1: none)");

    private NegotiationSteps() {
    }
}
