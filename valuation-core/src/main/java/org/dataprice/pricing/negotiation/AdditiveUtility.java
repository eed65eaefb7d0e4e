package org.dataprice.pricing.negotiation;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A linear additive utility over the five issues of an {@link Offer}, with a reservation value and a
 * discount factor: U(ω) = Σ_j w_j · v_j(ω_j), Σ w_j = 1, v_j ∈ [0, 1].
 *
 * <p>Price and licence term are evaluated linearly between two ends and clamped:
 * v(x) = clamp((x − worst) / (best − worst), 0, 1), so a seller has {@code priceBest > priceWorst} and a
 * buyer the reverse. Scope, frequency and delivery are evaluated by a table with one value in [0, 1] per
 * enum constant, in declaration order. The discounted utility of an agreement at normalised time
 * t ∈ [0, 1] is U · δ^t (the GENIUS convention). Source: domain-notes §6.4; Raiffa, <i>The Art and
 * Science of Negotiation</i> (1982), ch. 10 (additive scoring); GENIUS {@code AdditiveUtilitySpace}.
 *
 * <p>Edge cases: weights must sum to 1 within 1e-9; the two ends of a linear issue must differ;
 * a table must have exactly one value per constant. Immutable and thread-safe.
 *
 * @param priceWeight      weight of price, &ge; 0
 * @param priceWorst       the price valued 0, finite (CNY or the offer's currency)
 * @param priceBest        the price valued 1, finite, ≠ priceWorst
 * @param termWeight       weight of licence term, &ge; 0
 * @param termWorst        the licence term (months) valued 0
 * @param termBest         the licence term (months) valued 1, ≠ termWorst
 * @param scopeWeight      weight of usage scope, &ge; 0
 * @param scopeValues      values of {@link UsageScope} constants in order, each in [0, 1]; copied
 * @param frequencyWeight  weight of update frequency, &ge; 0
 * @param frequencyValues  values of {@link UpdateFrequency} constants in order; copied
 * @param deliveryWeight   weight of delivery mode, &ge; 0
 * @param deliveryValues   values of {@link DeliveryMode} constants in order; copied
 * @param reservationValue utility of no agreement, in [0, 1]
 * @param discountFactor   δ ∈ (0, 1]; 1 means no discounting
 */
public record AdditiveUtility(double priceWeight, double priceWorst, double priceBest, double termWeight,
        double termWorst, double termBest, double scopeWeight, List<Double> scopeValues, double frequencyWeight,
        List<Double> frequencyValues, double deliveryWeight, List<Double> deliveryValues, double reservationValue,
        double discountFactor) {
    /** Tolerance on Σ w_j = 1. */
    public static final double WEIGHT_TOLERANCE = 1e-9;

    /** Validates. */
    public AdditiveUtility {
        Require.nonNegative(priceWeight, "priceWeight");
        Require.finite(priceWorst, "priceWorst");
        Require.finite(priceBest, "priceBest");
        Require.that(priceBest != priceWorst, "priceBest", priceBest, Rule.INVALID_STATE, "must differ from priceWorst");
        Require.nonNegative(termWeight, "termWeight");
        Require.finite(termWorst, "termWorst");
        Require.finite(termBest, "termBest");
        Require.that(termBest != termWorst, "termBest", termBest, Rule.INVALID_STATE, "must differ from termWorst");
        Require.nonNegative(scopeWeight, "scopeWeight");
        scopeValues = table(scopeValues, UsageScope.values().length, "scopeValues");
        Require.nonNegative(frequencyWeight, "frequencyWeight");
        frequencyValues = table(frequencyValues, UpdateFrequency.values().length, "frequencyValues");
        Require.nonNegative(deliveryWeight, "deliveryWeight");
        deliveryValues = table(deliveryValues, DeliveryMode.values().length, "deliveryValues");
        double sum = priceWeight + termWeight + scopeWeight + frequencyWeight + deliveryWeight;
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
            throw new InvalidInputException("weights", sum, Rule.SUM_MISMATCH, 1);
        }
        Require.probability(reservationValue, "reservationValue");
        Require.inLeftOpenRange(discountFactor, 0, 1, "discountFactor");
    }

    /**
     * A price-only utility: v = clamp((p − worst)/(best − worst), 0, 1), with weight 1 on price.
     *
     * @param priceWorst       price valued 0
     * @param priceBest        price valued 1
     * @param reservationValue utility of no agreement, in [0, 1]
     * @param discountFactor   δ ∈ (0, 1]
     * @return the utility
     */
    public static AdditiveUtility priceOnly(double priceWorst, double priceBest, double reservationValue,
            double discountFactor) {
        return new AdditiveUtility(1, priceWorst, priceBest, 0, 1, 12, 0, List.of(0.0, 0.0, 0.0), 0,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0), 0, List.of(0.0, 0.0, 0.0), reservationValue, discountFactor);
    }

    /**
     * @param offer the offer; not null
     * @return U(offer) ∈ [0, 1]
     */
    public double utility(Offer offer) {
        Require.notNull(offer, "offer");
        return utility(offer.price().toDouble(), offer.licenceMonths(), offer.scope().ordinal(),
                offer.frequency().ordinal(), offer.delivery().ordinal());
    }

    /**
     * The primitive kernel: U for issue values given as numbers and ordinals.
     *
     * @param price     the price
     * @param months    the licence term in months
     * @param scope     the ordinal of the usage scope
     * @param frequency the ordinal of the update frequency
     * @param delivery  the ordinal of the delivery mode
     * @return U ∈ [0, 1]
     */
    public double utility(double price, double months, int scope, int frequency, int delivery) {
        return priceWeight * linear(price, priceWorst, priceBest) + termWeight * linear(months, termWorst, termBest)
                + scopeWeight * scopeValues.get(scope) + frequencyWeight * frequencyValues.get(frequency)
                + deliveryWeight * deliveryValues.get(delivery);
    }

    /**
     * @param utility an undiscounted utility
     * @param t       normalised time in [0, 1]
     * @return utility · δ^t
     */
    public double discounted(double utility, double t) {
        return discountFactor == 1 ? utility : utility * Math.pow(discountFactor, t);
    }

    // clamp((x − worst) / (best − worst), 0, 1)
    private static double linear(double x, double worst, double best) {
        double v = (x - worst) / (best - worst);
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    private static List<Double> table(List<Double> values, int size, String field) {
        List<Double> copy = Require.copyOf(values, field);
        Require.size(copy.size(), size, field);
        for (int i = 0; i < copy.size(); i++) {
            Require.probability(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }
}
