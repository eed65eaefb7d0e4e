package org.dataprice.api.finance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

/**
 * A Black–Scholes–Merton price with its greeks.
 *
 * @param volatility        the σ used (given, or implied from the market price)
 * @param price             the option value
 * @param delta             ∂V/∂S
 * @param gamma             ∂²V/∂S²
 * @param vega              ∂V/∂σ per 1.00 of volatility (divide by 100 for one vol point)
 * @param theta             −∂V/∂T per year (divide by 365 for a calendar day)
 * @param rho               ∂V/∂r per 1.00 of rate
 * @param impliedVolatility the implied-volatility solve, when a market price was given
 * @param explanation       how the price was computed; the last step is the price
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlackScholesResponse(double volatility, double price, double delta, double gamma, double vega,
                                   double theta, double rho, @Nullable ImpliedVolatilityResponse impliedVolatility,
                                   ExplanationResponse explanation) {

    /**
     * @param volatility  the implied σ
     * @param evaluations pricing evaluations the solver used
     * @param explanation how it was solved; the last step is σ
     */
    @Serdeable
    public record ImpliedVolatilityResponse(double volatility, int evaluations, ExplanationResponse explanation) {
    }
}
