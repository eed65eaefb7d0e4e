package org.dataprice.finance.montecarlo;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.finance.option.BlackScholesInputs;
import org.dataprice.finance.option.MarketDataBuilder;
import org.dataprice.finance.option.OptionType;

/**
 * A Monte Carlo valuation under geometric Brownian motion dS = (r − q) S dt + σ S dW.
 *
 * @param spot           S0 &gt; 0
 * @param rate           r in [−1, 1], continuously compounded per year
 * @param dividendYield  q in [−1, 1], continuous per year
 * @param volatility     σ in (0, 10] per √year
 * @param expiry         T in (0, 100] years
 * @param payoff         what a path pays; not null
 * @param paths          simulated paths (each antithetic twin counts as one), ≥ {@link #MIN_PATHS},
 *                       even with antithetic variates; the model's limit is checked by the pricer
 * @param seed           the seed of the generator; any long
 * @param antithetic     true to pair each path with its mirror image (−Z)
 * @param controlVariate the control variate; {@link ControlVariate#GEOMETRIC_ASIAN} needs an Asian payoff
 * @param threads        worker threads, 1 to {@link #MAX_THREADS}; the result does not depend on it
 */
public record MonteCarloInputs(double spot, double rate, double dividendYield, double volatility, double expiry,
        Payoff payoff, long paths, long seed, boolean antithetic, ControlVariate controlVariate, int threads) {
    /** The fewest paths accepted. */
    public static final long MIN_PATHS = 100;
    /** The most worker threads accepted. */
    public static final int MAX_THREADS = 64;

    /** Validates every field. */
    public MonteCarloInputs {
        new BlackScholesInputs(OptionType.CALL, spot, 1, rate, dividendYield, volatility, expiry);
        Require.notNull(payoff, "payoff");
        Require.atLeast(paths, MIN_PATHS, "paths");
        Require.that(!antithetic || paths % 2 == 0, "paths", paths, Rule.INVALID_STATE,
                "antithetic variates need an even number of paths");
        Require.notNull(controlVariate, "controlVariate");
        Require.that(controlVariate != ControlVariate.GEOMETRIC_ASIAN
                || payoff instanceof Payoff.ArithmeticAsian || payoff instanceof Payoff.GeometricAsian,
                "controlVariate", controlVariate, Rule.INVALID_STATE, "the geometric Asian control needs an Asian payoff");
        Require.inClosedRange(threads, 1, MAX_THREADS, "threads");
    }

    /**
     * @param n the worker threads
     * @return these inputs with another thread count
     */
    public MonteCarloInputs withThreads(int n) {
        return new MonteCarloInputs(spot, rate, dividendYield, volatility, expiry, payoff, paths, seed, antithetic,
                controlVariate, n);
    }

    /**
     * @return a builder naming every figure, so that same-typed numbers cannot be swapped by position; a
     *         figure left unset that has no default is refused with {@code missing} naming it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link MonteCarloInputs} by name. The dividend yield defaults to 0, antithetic to false, the control variate to none and threads to 1; the seed has no default. Not thread-safe; {@link #build()} validates as the canonical constructor does.
     */
    public static final class Builder extends MarketDataBuilder<Builder> {
        private Double volatility;
        private Payoff payoff;
        private Long paths;
        private Long seed;
        private boolean antithetic;
        private ControlVariate controlVariate = ControlVariate.NONE;
        private int threads = 1;

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
         * @param payoff what a path pays
         * @return this builder
         */
        public Builder payoff(Payoff payoff) {
            this.payoff = payoff;
            return this;
        }

        /**
         * @param paths simulated paths
         * @return this builder
         */
        public Builder paths(long paths) {
            this.paths = paths;
            return this;
        }

        /**
         * @param seed the generator seed (always explicit, so a run can be repeated)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param antithetic true to pair each path with its mirror (default false)
         * @return this builder
         */
        public Builder antithetic(boolean antithetic) {
            this.antithetic = antithetic;
            return this;
        }

        /**
         * @param controlVariate the control variate (default NONE)
         * @return this builder
         */
        public Builder controlVariate(ControlVariate controlVariate) {
            this.controlVariate = controlVariate;
            return this;
        }

        /**
         * @param threads worker threads; the result does not depend on it (default 1)
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * @return the validated inputs
         * @throws org.dataprice.error.InvalidInputException naming the first missing or invalid figure
         */
        public MonteCarloInputs build() {
            return new MonteCarloInputs(spotValue(),
                    rateValue(),
                    dividendYieldValue(),
                    Require.present(volatility, "volatility"),
                    expiryValue(),
                    Require.present(payoff, "payoff"),
                    Require.present(paths, "paths"),
                    Require.present(seed, "seed"),
                    antithetic,
                    controlVariate,
                    threads);
        }
    }
}
