package org.dataprice.finance.option;

import org.dataprice.error.Require;

/**
 * The terms and market data of a European option under Black–Scholes–Merton.
 *
 * @param type          call or put; not null
 * @param spot          S, the underlying's value now (currency); &gt; 0
 * @param strike        K, the exercise price (currency); &gt; 0
 * @param rate          r, the continuously compounded risk-free rate per year; in [−1, 1]
 * @param dividendYield q, the continuous yield per year (dividends, or a data asset's value leakage
 *                      or obsolescence); in [−1, 1]
 * @param volatility    σ, per √year; in (0, {@link #MAX_VOLATILITY}]
 * @param expiry        T, the time to expiry in years; in (0, {@link #MAX_EXPIRY}]
 */
public record BlackScholesInputs(OptionType type, double spot, double strike, double rate, double dividendYield,
        double volatility, double expiry) {
    /** The largest volatility accepted (1000% per √year). */
    public static final double MAX_VOLATILITY = 10;
    /** The longest expiry accepted, in years. */
    public static final double MAX_EXPIRY = 100;

    /** Validates every field. */
    public BlackScholesInputs {
        Require.notNull(type, "type");
        Require.positive(spot, "spot");
        Require.positive(strike, "strike");
        Require.inClosedRange(rate, -1, 1, "rate");
        Require.inClosedRange(dividendYield, -1, 1, "dividendYield");
        Require.inLeftOpenRange(volatility, 0, MAX_VOLATILITY, "volatility");
        Require.inLeftOpenRange(expiry, 0, MAX_EXPIRY, "expiry");
    }

    /**
     * @param volatility the new σ
     * @return these inputs with another volatility
     */
    public BlackScholesInputs withVolatility(double volatility) {
        return new BlackScholesInputs(type, spot, strike, rate, dividendYield, volatility, expiry);
    }

    /**
     * @return a builder naming every figure, so that same-typed numbers cannot be swapped by position; a
     *         figure left unset that has no default is refused with {@code missing} naming it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link BlackScholesInputs} by name. The dividend yield defaults to 0; every other figure must be given. Not thread-safe; {@link #build()} validates as the canonical constructor does.
     */
    public static final class Builder extends VanillaOptionBuilder<Builder> {
        private Double volatility;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param volatility σ in (0, 10] per √year
         * @return this builder
         */
        public Builder volatility(double volatility) {
            this.volatility = volatility;
            return this;
        }

        /**
         * @return the validated inputs
         * @throws org.dataprice.error.InvalidInputException naming the first missing or invalid figure
         */
        public BlackScholesInputs build() {
            return new BlackScholesInputs(typeValue(),
                    spotValue(),
                    strikeValue(),
                    rateValue(),
                    dividendYieldValue(),
                    Require.present(volatility, "volatility"),
                    expiryValue());
        }
    }
}
