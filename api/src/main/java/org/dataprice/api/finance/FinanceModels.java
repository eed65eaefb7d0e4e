package org.dataprice.api.finance;

import jakarta.inject.Singleton;
import org.dataprice.finance.lattice.BinomialTree;
import org.dataprice.finance.lattice.RealOptionTree;
import org.dataprice.finance.montecarlo.MonteCarloOptionPricer;

/**
 * The core models whose limits come from {@link FinanceLimits}: built once, stateless and
 * thread-safe, shared by every request.
 */
@Singleton
public class FinanceModels {
    private final FinanceLimits limits;
    private final BinomialTree tree;
    private final RealOptionTree realOptions;
    private final MonteCarloOptionPricer monteCarlo;

    /** @param limits the configured limits */
    public FinanceModels(FinanceLimits limits) {
        this.limits = limits;
        this.tree = new BinomialTree(limits.getMaxTreeSteps());
        this.realOptions = new RealOptionTree(limits.getMaxTreeSteps());
        this.monteCarlo = new MonteCarloOptionPricer(limits.getMaxMonteCarloPaths());
    }

    /** @return the configured limits */
    public FinanceLimits limits() {
        return limits;
    }

    /** @return the binomial tree limited to {@code max-tree-steps} */
    public BinomialTree tree() {
        return tree;
    }

    /** @return the real-option tree limited to {@code max-tree-steps} */
    public RealOptionTree realOptions() {
        return realOptions;
    }

    /** @return the Monte Carlo pricer limited to {@code max-monte-carlo-paths} */
    public MonteCarloOptionPricer monteCarlo() {
        return monteCarlo;
    }
}
