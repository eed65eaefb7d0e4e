package org.dataprice.finance.lattice;

import org.dataprice.error.Require;
import org.dataprice.finance.option.BlackScholesInputs;
import org.dataprice.finance.option.OptionType;

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
}
