package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.dataprice.finance.montecarlo.BarrierKind;
import org.dataprice.finance.option.OptionType;

/**
 * The payoff of a Monte Carlo option: {@code EUROPEAN} (exact terminal law), {@code ARITHMETIC_ASIAN},
 * {@code GEOMETRIC_ASIAN} (average over {@code fixings} equally spaced dates), or {@code BARRIER}
 * ({@code barrier} level and {@code barrierKind}, monitored on {@code fixings} dates).
 *
 * @param kind        the payoff
 * @param type        {@code CALL} or {@code PUT}
 * @param strike      K &gt; 0
 * @param fixings     monitoring dates m, 1 to 10,000 (path-dependent payoffs only)
 * @param barrier     H &gt; 0 ({@code BARRIER} only)
 * @param barrierKind {@code UP_AND_IN}, {@code UP_AND_OUT}, {@code DOWN_AND_IN}, {@code DOWN_AND_OUT}
 */
@Serdeable
public record PayoffRequest(@NotNull Kind kind, @NotNull OptionType type, @NotNull Double strike,
                            @Nullable Integer fixings, @Nullable Double barrier, @Nullable BarrierKind barrierKind) {
    /** The payoffs. */
    public enum Kind {
        /** max(S_T − K, 0) or max(K − S_T, 0). */
        EUROPEAN,
        /** On the arithmetic average of the fixings. */
        ARITHMETIC_ASIAN,
        /** On the geometric average of the fixings. */
        GEOMETRIC_ASIAN,
        /** Vanilla, knocked in or out by the barrier. */
        BARRIER
    }
}
