package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.pricing.negotiation.ConcessionCurve;
import org.dataprice.pricing.negotiation.Role;

import java.util.List;

/**
 * A simulated automated negotiation ({@code NegotiationSimulator.simulate}) over the outcome space
 * price grid × licence terms × all usage scopes, update frequencies and delivery modes.
 *
 * @param minPrice      the lowest grid price
 * @param maxPrice      the highest grid price, same currency
 * @param priceLevels   grid prices, 2..10,000
 * @param licenceMonths the licence terms on offer, distinct, 1..1200
 * @param rounds        the deadline R in offers, 1..100,000
 * @param first         who proposes first
 * @param seller        the seller agent
 * @param buyer         the buyer agent
 */
@Serdeable
public record SimulationRequest(@NotNull @Valid MoneyJson minPrice,
                                @NotNull @Valid MoneyJson maxPrice,
                                @Min(2) @Max(10_000) int priceLevels,
                                @NotEmpty @Size(max = 1200) List<@NotNull Integer> licenceMonths,
                                @Min(1) @Max(100_000) int rounds,
                                @NotNull Role first,
                                @NotNull @Valid Agent seller,
                                @NotNull @Valid Agent buyer) {

    /**
     * @param utility    the agent's utility
     * @param tactic     how it concedes
     * @param acceptance when it accepts
     */
    @Serdeable
    public record Agent(@NotNull @Valid Utility utility, @NotNull @Valid TacticJson tactic,
                        @NotNull @Valid Acceptance acceptance) {
    }

    /**
     * Linear additive utility. With {@code priceWeight} absent it is price-only (weight 1 on price) and a term,
     * scope, frequency or delivery field is refused (422 {@code invalid-state}), never ignored;
     * otherwise every weight and value table must be given (Σ w = 1; tables in enum order).
     *
     * @param priceWorst       the price valued 0
     * @param priceBest        the price valued 1
     * @param reservationValue utility of no agreement, [0, 1]
     * @param discountFactor   δ ∈ (0, 1]
     * @param priceWeight      weight of price (multi-issue only)
     * @param termWeight       weight of licence term
     * @param termWorst        months valued 0
     * @param termBest         months valued 1
     * @param scopeWeight      weight of usage scope
     * @param scopeValues      values of INTERNAL, DERIVED_PRODUCTS, REDISTRIBUTION
     * @param frequencyWeight  weight of update frequency
     * @param frequencyValues  values of the UpdateFrequency constants
     * @param deliveryWeight   weight of delivery mode
     * @param deliveryValues   values of FILE, API, PRIVACY_COMPUTING
     */
    @Serdeable
    public record Utility(double priceWorst, double priceBest, double reservationValue, double discountFactor,
                          @Nullable Double priceWeight, @Nullable Double termWeight, @Nullable Double termWorst,
                          @Nullable Double termBest, @Nullable Double scopeWeight,
                          @Nullable List<@NotNull Double> scopeValues, @Nullable Double frequencyWeight,
                          @Nullable List<@NotNull Double> frequencyValues, @Nullable Double deliveryWeight,
                          @Nullable List<@NotNull Double> deliveryValues) {
    }

    /**
     * A field of the other tactic family is refused (422 {@code invalid-state} on its path), never ignored.
     *
     * @param type        TIME_DEPENDENT or TIT_FOR_TAT
     * @param curve       POLYNOMIAL or EXPONENTIAL (time-dependent)
     * @param e           concession exponent e &ge; 0 (time-dependent: 0.2 Boulware, 1 linear, 2 conceder, 0 hardliner)
     * @param k           initial constant k ∈ [0, 1] (time-dependent)
     * @param reciprocity r (tit-for-tat)
     */
    @Serdeable
    public record TacticJson(@NotNull Kind type, @Nullable ConcessionCurve curve, @Nullable Double e,
                             @Nullable Double k, @Nullable Double reciprocity) {
        /** Tactic families. */
        public enum Kind {
            /** Faratin–Sierra–Jennings time-dependent. */
            TIME_DEPENDENT,
            /** Absolute tit-for-tat. */
            TIT_FOR_TAT
        }
    }

    /**
     * A field the chosen condition does not read is refused (422 {@code invalid-state} on its path), never ignored.
     *
     * @param type      NEXT (a·u(next) + b ≤ u(offer)), CONST (u ≥ threshold), COMBI (next ∨ (t ≥ time ∧ u ≥ threshold))
     * @param a         scale (NEXT; default 1)
     * @param b         shift (NEXT; default 0)
     * @param threshold c (CONST, COMBI)
     * @param time      T (COMBI)
     */
    @Serdeable
    public record Acceptance(@NotNull Kind type, @Nullable Double a, @Nullable Double b, @Nullable Double threshold,
                             @Nullable Double time) {
        /** Acceptance conditions (Baarslag et al. 2013). */
        public enum Kind {
            /** AC_next(a, b). */
            NEXT,
            /** AC_const(c). */
            CONST,
            /** AC_combi(T, c). */
            COMBI
        }
    }
}
