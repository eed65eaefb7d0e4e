package org.dataprice.api.split;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Body of {@code POST /v1/contributions}: exactly one of {@code game} (game methods) and {@code data}
 * (KNN_SHAPLEY, TMC_SHAPLEY, LEAVE_ONE_OUT).
 *
 * @param method     the value to compute; required
 * @param game       the game, for the game methods
 * @param data       the training and test points, for the data methods
 * @param sampling   sampling options with a seed: required for SHAPLEY_MONTE_CARLO and TMC_SHAPLEY,
 *                   optional for SHAPLEY (used when the game is too large to enumerate)
 * @param allocation CORE_CHECK: the allocation to check, one figure per player
 * @param tolerance  CORE_CHECK: absolute tolerance on excesses, ≥ 0; default 1e-9
 * @param truncation TMC_SHAPLEY: the truncation tolerance in [0, 1); default 0 (none)
 */
@Serdeable
public record ContributionRequest(@NotNull ValueMethod method,
                                  @Nullable @Valid GameRequest game,
                                  @Nullable @Valid DataRequest data,
                                  @Nullable @Valid SamplingRequest sampling,
                                  @Nullable List<@NotNull Double> allocation,
                                  @Nullable Double tolerance,
                                  @Nullable Double truncation) {
}
