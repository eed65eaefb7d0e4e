package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.dataprice.finance.montecarlo.ControlVariate;

/**
 * Body of {@code POST /v1/options/monte-carlo}: an option under geometric Brownian motion. The
 * {@code seed} is required: the same request gives the same figures, bit for bit.
 *
 * @param spot           S0 &gt; 0
 * @param rate           r per year in [-1, 1]
 * @param dividendYield  q per year in [-1, 1]; default 0
 * @param volatility     σ in (0, 10]
 * @param expiry         T in years, in (0, 100]
 * @param payoff         what is paid
 * @param paths          N, 100 to {@code max-monte-carlo-paths}; even with antithetic variates;
 *                       paths × fixings at most {@code max-monte-carlo-path-steps}
 * @param seed           the random seed (any 64-bit integer)
 * @param antithetic     antithetic variates; default false
 * @param controlVariate {@code NONE} (default), {@code TERMINAL_VALUE} or {@code GEOMETRIC_ASIAN} (Asian payoffs)
 */
@Serdeable
public record MonteCarloRequest(@NotNull Double spot, @NotNull Double rate, @Nullable Double dividendYield,
                                @NotNull Double volatility, @NotNull Double expiry,
                                @NotNull @Valid PayoffRequest payoff, @NotNull Long paths, @NotNull Long seed,
                                @Nullable Boolean antithetic, @Nullable ControlVariate controlVariate) {
}
