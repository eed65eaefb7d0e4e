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

    /**
     * @return a builder naming every figure, so that same-typed numbers cannot be swapped by position; a
     *         figure left unset that has no default is refused with {@code missing} naming it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ImpliedVolatilityInputs} by name. The dividend yield defaults to 0; every other figure must be given. Not thread-safe; {@link #build()} validates as the canonical constructor does.
     */
    public static final class Builder extends VanillaOptionBuilder<Builder> {
        private Double price;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param price the quoted price
         * @return this builder
         */
        public Builder price(double price) {
            this.price = price;
            return this;
        }

        /**
         * @return the validated inputs
         * @throws org.dataprice.error.InvalidInputException naming the first missing or invalid figure
         */
        public ImpliedVolatilityInputs build() {
            return new ImpliedVolatilityInputs(typeValue(),
                    Require.present(price, "price"),
                    spotValue(),
                    strikeValue(),
                    rateValue(),
                    dividendYieldValue(),
                    expiryValue());
        }
    }
}
