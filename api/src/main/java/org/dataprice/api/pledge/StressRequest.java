package org.dataprice.api.pledge;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A stressed value from a seeded Monte Carlo percentile of the appraised value.
 *
 * @param percentile the percentile p in (0, 1), e.g. 0.05
 * @param seed       the random seed (required: the same request gives the same figures)
 * @param draws      draws N, 2 to {@code dataprice.finance.max-valuation-draws}
 * @param value      the distribution of the value
 */
@Serdeable
public record StressRequest(@NotNull Double percentile, @NotNull Long seed, @NotNull Integer draws,
                            @NotNull @Valid DistributionRequest value) {
}
