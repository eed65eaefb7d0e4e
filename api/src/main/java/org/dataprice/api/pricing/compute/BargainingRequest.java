package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.dataprice.pricing.negotiation.Role;

/**
 * A closed-form bargaining benchmark for seller reserve s &lt; buyer reserve b. A parameter of another method
 * (e.g. {@code sellerPower} with NASH) is refused (422 {@code invalid-state} on it), never ignored.
 *
 * @param method        NASH, GENERALIZED_NASH, RUBINSTEIN or KALAI_SMORODINSKY
 * @param sellerReserve s
 * @param buyerReserve  b, same currency
 * @param sellerPower   α ∈ [0, 1] (GENERALIZED_NASH only)
 * @param sellerDelta   δ_S ∈ [0, 1] (RUBINSTEIN only)
 * @param buyerDelta    δ_B ∈ [0, 1] (RUBINSTEIN only; not both 1)
 * @param first         who proposes first (RUBINSTEIN only)
 */
@Serdeable
public record BargainingRequest(@NotNull Method method,
                                @NotNull @Valid MoneyJson sellerReserve,
                                @NotNull @Valid MoneyJson buyerReserve,
                                @Nullable Double sellerPower,
                                @Nullable Double sellerDelta,
                                @Nullable Double buyerDelta,
                                @Nullable Role first) {
    /** The benchmark solutions. */
    public enum Method {
        /** p = (s + b)/2. */
        NASH,
        /** p = s + α(b − s). */
        GENERALIZED_NASH,
        /** Rubinstein (1982) alternating offers equilibrium. */
        RUBINSTEIN,
        /** Kalai–Smorodinsky on a price line. */
        KALAI_SMORODINSKY
    }
}
