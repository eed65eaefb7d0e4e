package org.dataprice.api.pledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * The uncertainty of the appraised value: {@code NORMAL} and {@code LOGNORMAL} take {@code mean} and
 * {@code standardDeviation} (of the value itself); {@code TRIANGULAR} and {@code PERT} take {@code min},
 * {@code mode}, {@code max}; {@code UNIFORM} takes {@code min} and {@code max}.
 *
 * @param kind              the family
 * @param mean              the mean
 * @param standardDeviation the standard deviation
 * @param min               the lower bound
 * @param mode              the most likely value
 * @param max               the upper bound
 */
@Serdeable
public record DistributionRequest(@NotNull Kind kind, @Nullable Double mean, @Nullable Double standardDeviation,
                                  @Nullable Double min, @Nullable Double mode, @Nullable Double max) {
    /** The distribution families. */
    public enum Kind {
        /** Normal(mean, sd). */
        NORMAL,
        /** Lognormal with the given mean and sd of the value. */
        LOGNORMAL,
        /** Triangular(min, mode, max). */
        TRIANGULAR,
        /** PERT(min, mode, max), λ = 4. */
        PERT,
        /** Uniform(min, max). */
        UNIFORM
    }
}
