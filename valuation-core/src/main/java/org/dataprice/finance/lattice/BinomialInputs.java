package org.dataprice.finance.lattice;

import org.dataprice.error.Require;
import org.dataprice.finance.option.BlackScholesInputs;
import org.dataprice.finance.option.OptionType;
import org.dataprice.finance.option.VanillaOptionBuilder;

/**
 * A vanilla option for a binomial tree.
 *
 * @param type          call or put; not null
 * @param exercise      European or American; not null
 * @param spot          S &gt; 0
 * @param strike        K &gt; 0
 * @param rate          r in [−1, 1], continuously compounded per year
 * @param dividendYield q in [−1, 1], continuous per year
 * @param volatility    σ in (0, 10] per √year
 * @param expiry        T in (0, 100] years
 * @param steps         n ≥ 2 time steps (the tree's limit is checked by {@link BinomialTree})
 * @param probability   the CRR probability variant; not null
 */
public record BinomialInputs(OptionType type, ExerciseStyle exercise, double spot, double strike, double rate,
        double dividendYield, double volatility, double expiry, int steps, CrrProbability probability) {
    /** Validates every field (by the Black–Scholes record for the market data). */
    public BinomialInputs {
        Require.notNull(exercise, "exercise");
        Require.notNull(probability, "probability");
        new BlackScholesInputs(type, spot, strike, rate, dividendYield, volatility, expiry);
        Require.atLeast(steps, 2, "steps");
    }

    /**
     * @param n the new number of steps
     * @return these inputs with n steps
     */
    public BinomialInputs withSteps(int n) {
        return new BinomialInputs(type, exercise, spot, strike, rate, dividendYield, volatility, expiry, n, probability);
    }

    /**
     * @return a builder naming every figure, so that same-typed numbers cannot be swapped by position; a
     *         figure left unset that has no default is refused with {@code missing} naming it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link BinomialInputs} by name. The dividend yield defaults to 0 and the probability to {@link CrrProbability#TEXTBOOK}; every other figure must be given. Not thread-safe; {@link #build()} validates as the canonical constructor does.
     */
    public static final class Builder extends VanillaOptionBuilder<Builder> {
        private ExerciseStyle exercise;
        private Double volatility;
        private Integer steps;
        private CrrProbability probability = CrrProbability.TEXTBOOK;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param exercise European or American
         * @return this builder
         */
        public Builder exercise(ExerciseStyle exercise) {
            this.exercise = exercise;
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
         * @param steps n ≥ 2 tree steps
         * @return this builder
         */
        public Builder steps(int steps) {
            this.steps = steps;
            return this;
        }

        /**
         * @param probability the CRR probability variant (default TEXTBOOK)
         * @return this builder
         */
        public Builder probability(CrrProbability probability) {
            this.probability = probability;
            return this;
        }

        /**
         * @return the validated inputs
         * @throws org.dataprice.error.InvalidInputException naming the first missing or invalid figure
         */
        public BinomialInputs build() {
            return new BinomialInputs(typeValue(),
                    Require.present(exercise, "exercise"),
                    spotValue(),
                    strikeValue(),
                    rateValue(),
                    dividendYieldValue(),
                    Require.present(volatility, "volatility"),
                    expiryValue(),
                    Require.present(steps, "steps"),
                    probability);
        }
    }
}
