package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.dataprice.finance.option.OptionType;

/**
 * Body of {@code POST /v1/options/black-scholes}. Give exactly one of {@code volatility} (price and
 * greeks at that volatility) or {@code marketPrice} (the implied volatility, then price and greeks at it).
 *
 * @param type          {@code CALL} or {@code PUT}
 * @param spot          S &gt; 0
 * @param strike        K &gt; 0
 * @param rate          r, continuously compounded per year, in [-1, 1]
 * @param dividendYield q per year in [-1, 1] (for a data asset: value leakage); default 0
 * @param volatility    σ per √year in (0, 10]
 * @param marketPrice   a quoted option price, inside the no-arbitrage bounds
 * @param expiry        T in years, in (0, 100]
 */
@Serdeable
public record BlackScholesRequest(@NotNull OptionType type, @NotNull Double spot, @NotNull Double strike,
                                  @NotNull Double rate, @Nullable Double dividendYield, @Nullable Double volatility,
                                  @Nullable Double marketPrice, @NotNull Double expiry) {
}
