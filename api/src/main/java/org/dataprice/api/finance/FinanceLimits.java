package org.dataprice.api.finance;

import io.micronaut.context.annotation.ConfigurationProperties;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Require;
import org.dataprice.finance.lattice.BinomialTree;
import org.dataprice.finance.montecarlo.MonteCarloOptionPricer;

/**
 * {@code dataprice.finance.*}: the largest work one compute request may ask for, so that no request
 * can exhaust memory or hold a worker for long. A request above a limit is answered 422
 * {@code limit-exceeded} naming the field, before any work starts.
 *
 * <ul>
 *   <li>{@code max-tree-steps} (default 100,000): steps of a binomial tree; the work grows as steps²/2
 *       nodes (5·10^9 at the default, a few seconds; odd/even averaging doubles it), memory as steps.</li>
 *   <li>{@code max-monte-carlo-paths} (default 10^8): paths of an option Monte Carlo.</li>
 *   <li>{@code max-monte-carlo-path-steps} (default 10^9): paths × fixings, the number of simulated
 *       GBM steps (about 5–10 ns each, so at most a few seconds).</li>
 *   <li>{@code monte-carlo-threads} (default 1): worker threads per option Monte Carlo request; the
 *       figures do not depend on it (the core merges fixed chunks in order).</li>
 *   <li>{@code max-valuation-draws} (default 1,000,000): draws of a valuation Monte Carlo (the
 *       stressed pledge value); the values are kept, 8 bytes each.</li>
 * </ul>
 * Read once at start-up; the accessors are thread-safe after that.
 */
@ConfigurationProperties("dataprice.finance")
public class FinanceLimits {
    /** Default {@code max-monte-carlo-path-steps}. */
    public static final long DEFAULT_MAX_PATH_STEPS = 1_000_000_000L;
    /** Default {@code max-valuation-draws}. */
    public static final int DEFAULT_MAX_VALUATION_DRAWS = 1_000_000;

    private int maxTreeSteps = BinomialTree.DEFAULT_MAX_STEPS;
    private long maxMonteCarloPaths = MonteCarloOptionPricer.DEFAULT_MAX_PATHS;
    private long maxMonteCarloPathSteps = DEFAULT_MAX_PATH_STEPS;
    private int monteCarloThreads = 1;
    private int maxValuationDraws = DEFAULT_MAX_VALUATION_DRAWS;

    /** @return the largest number of tree steps */
    public int getMaxTreeSteps() {
        return maxTreeSteps;
    }

    /** @param maxTreeSteps the largest number of tree steps, ≥ 2 */
    public void setMaxTreeSteps(int maxTreeSteps) {
        this.maxTreeSteps = Require.atLeast(maxTreeSteps, 2, "dataprice.finance.max-tree-steps");
    }

    /** @return the largest number of option Monte Carlo paths */
    public long getMaxMonteCarloPaths() {
        return maxMonteCarloPaths;
    }

    /** @param maxMonteCarloPaths the largest number of option Monte Carlo paths, ≥ 100 */
    public void setMaxMonteCarloPaths(long maxMonteCarloPaths) {
        this.maxMonteCarloPaths = Require.atLeast(maxMonteCarloPaths, 100L, "dataprice.finance.max-monte-carlo-paths");
    }

    /** @return the largest paths × fixings */
    public long getMaxMonteCarloPathSteps() {
        return maxMonteCarloPathSteps;
    }

    /** @param maxMonteCarloPathSteps the largest paths × fixings, ≥ 100 */
    public void setMaxMonteCarloPathSteps(long maxMonteCarloPathSteps) {
        this.maxMonteCarloPathSteps = Require.atLeast(maxMonteCarloPathSteps, 100L,
                "dataprice.finance.max-monte-carlo-path-steps");
    }

    /** @return the worker threads per option Monte Carlo request */
    public int getMonteCarloThreads() {
        return monteCarloThreads;
    }

    /** @param monteCarloThreads worker threads per option Monte Carlo request, 1 to 64 */
    public void setMonteCarloThreads(int monteCarloThreads) {
        this.monteCarloThreads = (int) Require.inClosedRange(monteCarloThreads, 1, 64,
                "dataprice.finance.monte-carlo-threads");
    }

    /** @return the largest number of valuation Monte Carlo draws */
    public int getMaxValuationDraws() {
        return maxValuationDraws;
    }

    /** @param maxValuationDraws the largest number of valuation Monte Carlo draws, 2 to 10^7 */
    public void setMaxValuationDraws(int maxValuationDraws) {
        this.maxValuationDraws = (int) Require.inClosedRange(maxValuationDraws, 2, 10_000_000,
                "dataprice.finance.max-valuation-draws");
    }

    /**
     * Rejects a Monte Carlo of more paths than {@code max-monte-carlo-paths}.
     *
     * @param paths the paths asked for
     */
    public void checkPaths(long paths) {
        org.dataprice.error.Require.withinLimit(paths, getMaxMonteCarloPaths(), "paths", "dataprice.finance.max-monte-carlo-paths");
    }

    /**
     * Rejects a Monte Carlo whose simulated steps exceed {@code max-monte-carlo-path-steps}.
     *
     * @param paths   the paths asked for, at most 10^8 (checked by the model's own limit first)
     * @param fixings the fixings per path, at most 10,000
     */
    public void checkPathSteps(long paths, int fixings) {
        long steps = paths * fixings; // paths ≤ 10^8 and fixings ≤ 10^4 were checked: no overflow
        if (steps > maxMonteCarloPathSteps) {
            throw new LimitExceededException("paths", steps, maxMonteCarloPathSteps,
                    "paths × fixings (" + fixings + " per path) is limited to " + maxMonteCarloPathSteps
                            + " (dataprice.finance.max-monte-carlo-path-steps)");
        }
    }
}
