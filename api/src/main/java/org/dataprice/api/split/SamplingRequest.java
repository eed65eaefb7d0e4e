package org.dataprice.api.split;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.dataprice.split.sampling.SamplingVariant;

/**
 * Options of a sampled value. The seed is required: the same request gives the same figures.
 *
 * @param seed                the random seed; required
 * @param maxSamples          the budget (permutations; antithetic pairs count two; stratified: per
 *                            player), in [2, {@code dataprice.split.max-samples}]; required
 * @param targetStandardError stop once every standard error is at most this; default 0 (run the budget)
 * @param confidence          the confidence level of the intervals, in (0, 1); default 0.95
 * @param variant             PLAIN (default), ANTITHETIC or STRATIFIED
 * @param blockSize           samples per parallel block, even, in [2, 2^20]; default 1000
 */
@Serdeable
public record SamplingRequest(@NotNull Long seed,
                              @NotNull Long maxSamples,
                              @Nullable Double targetStandardError,
                              @Nullable Double confidence,
                              @Nullable SamplingVariant variant,
                              @Nullable Integer blockSize) {
}
