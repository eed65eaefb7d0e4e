package org.dataprice.finance.option;

import org.dataprice.error.Require;

/**
 * A quoted option price to invert for the Black–Scholes–Merton volatility.
 *
 * @param type          call or put; not null
 * @param price         the quoted price (currency); finite, checked against the no-arbitrage bounds
 *                      by {@link BlackScholes#impliedVolatility}
 * @param spot          S &gt; 0
 * @param strike        K &gt; 0
 * @param rate          r in [−1, 1], continuously compounded per year
 * @param dividendYield q in [−1, 1], continuous per year
 * @param expiry        T in (0, 100] years
 */
public record ImpliedVolatilityInputs(OptionType type, double price, double spot, double strike, double rate,
        double dividendYield, double expiry) {
    /** Validates every field except the price bounds, which need the model. */
    public ImpliedVolatilityInputs {
        Require.notNull(type, "type");
        Require.finite(price, "price");
        Require.positive(spot, "spot");
        Require.positive(strike, "strike");
        Require.inClosedRange(rate, -1, 1, "rate");
        Require.inClosedRange(dividendYield, -1, 1, "dividendYield");
        Require.inLeftOpenRange(expiry, 0, BlackScholesInputs.MAX_EXPIRY, "expiry");
    }
}
