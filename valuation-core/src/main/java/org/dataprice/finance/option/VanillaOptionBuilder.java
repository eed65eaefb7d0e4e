package org.dataprice.finance.option;

import org.dataprice.error.Require;

/**
 * {@link MarketDataBuilder} plus the terms of a vanilla option: its type (call or put) and strike K. Extended by the
 * builders of {@link BlackScholesInputs}, {@link ImpliedVolatilityInputs} and {@code BinomialInputs}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class VanillaOptionBuilder<B extends VanillaOptionBuilder<B>> extends MarketDataBuilder<B> {
    private OptionType type;
    private Double strike;

    /** For subclasses. */
    protected VanillaOptionBuilder() {
    }

    /**
     * @param type call or put
     * @return this builder
     */
    public B type(OptionType type) {
        this.type = type;
        return self();
    }

    /**
     * @param strike K &gt; 0, the exercise price (currency)
     * @return this builder
     */
    public B strike(double strike) {
        this.strike = strike;
        return self();
    }

    /** @return the type; refused as missing when never set */
    protected OptionType typeValue() {
        return Require.present(type, "type");
    }

    /** @return K; refused as missing when never set */
    protected double strikeValue() {
        return Require.present(strike, "strike");
    }
}
