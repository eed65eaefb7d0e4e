package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * @param agreed           whether the agents agreed before the deadline
 * @param agreement        the accepted offer, or null
 * @param round            the 0-based round of the accepted offer; −1 without agreement
 * @param sellerUtility    U_S (its reservation value without agreement)
 * @param buyerUtility     U_B
 * @param sellerDiscounted U_S·δ_S^t
 * @param buyerDiscounted  U_B·δ_B^t
 * @param distanceToNash   distance of (U_S, U_B) to the Nash point
 * @param distanceToPareto distance to the Pareto frontier
 * @param trace            every offer in order, with both utilities
 * @param explanation      the steps; the last is the agreement round
 */
@Serdeable
public record SimulationResponse(boolean agreed, @Nullable SimulatedOffer agreement, int round, double sellerUtility,
                                 double buyerUtility, double sellerDiscounted, double buyerDiscounted,
                                 double distanceToNash, double distanceToPareto, List<SimulatedOffer> trace,
                                 ExplanationResponse explanation) {
    /**
     * @param round         0-based round (−1 for the agreement entry)
     * @param proposer      SELLER or BUYER (null for the agreement entry)
     * @param price         the price
     * @param licenceMonths the licence term
     * @param scope         the usage scope
     * @param frequency     the update frequency
     * @param delivery      the delivery mode
     * @param sellerUtility U_S of the offer (NaN-free; 0 for the agreement entry)
     * @param buyerUtility  U_B of the offer
     */
    @Serdeable
    public record SimulatedOffer(int round, @Nullable String proposer, MoneyJson price, int licenceMonths, String scope,
                                 String frequency, String delivery, double sellerUtility, double buyerUtility) {
    }
}
