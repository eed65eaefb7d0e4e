package org.dataprice.finance.option;

import org.dataprice.error.Require;

/**
 * The named figures of the underlying that every option model's input builder shares: S (spot), r (rate),
 * q (dividend yield, default 0) and T (expiry). Each input record's builder ({@link BlackScholesInputs#builder()},
 * {@link ImpliedVolatilityInputs#builder()}, {@code BinomialInputs.builder()}, {@code MonteCarloInputs.builder()})
 * extends it, so these setters are written once and read the same everywhere. A figure without a default that was
 * never set is refused by {@code build()} as {@link org.dataprice.error.Rule#MISSING} naming it; the ranges are
 * checked by the record's canonical constructor.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class MarketDataBuilder<B extends MarketDataBuilder<B>> {
    private Double spot;
    private Double rate;
    private double dividendYield;
    private Double expiry;

    /** For subclasses. */
    protected MarketDataBuilder() {
    }

    /** @return this builder as its concrete type */
    protected abstract B self();

    /**
     * @param spot S &gt; 0, the underlying's value now (currency)
     * @return this builder
     */
    public B spot(double spot) {
        this.spot = spot;
        return self();
    }

    /**
     * @param rate r in [−1, 1], continuously compounded per year
     * @return this builder
     */
    public B rate(double rate) {
        this.rate = rate;
        return self();
    }

    /**
     * @param dividendYield q in [−1, 1], continuous per year (default 0)
     * @return this builder
     */
    public B dividendYield(double dividendYield) {
        this.dividendYield = dividendYield;
        return self();
    }

    /**
     * @param expiry T in (0, 100] years
     * @return this builder
     */
    public B expiry(double expiry) {
        this.expiry = expiry;
        return self();
    }

    /** @return S; refused as missing when never set */
    protected double spotValue() {
        return Require.present(spot, "spot");
    }

    /** @return r; refused as missing when never set */
    protected double rateValue() {
        return Require.present(rate, "rate");
    }

    /** @return q (0 unless set) */
    protected double dividendYieldValue() {
        return dividendYield;
    }

    /** @return T; refused as missing when never set */
    protected double expiryValue() {
        return Require.present(expiry, "expiry");
    }
}
