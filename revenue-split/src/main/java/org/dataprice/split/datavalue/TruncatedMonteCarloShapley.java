package org.dataprice.split.datavalue;

import org.dataprice.error.Require;
import org.dataprice.split.game.IncrementalGame;
import org.dataprice.split.sampling.MonteCarloShapley;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.sampling.SamplingVariant;
import org.dataprice.split.sampling.Truncation;

/**
 * Truncated Monte Carlo Data Shapley (TMC-Shapley, 数据沙普利值的截断蒙特卡洛估计): permutation sampling of
 * the Shapley value of training points under a model-performance utility, where each permutation
 * stops being evaluated once the performance is within {@code tolerance · |v(N)|} of the full-data
 * performance v(N) (the remaining points get 0 in that permutation). v(N) is computed once by walking
 * all points. Standard errors, intervals, the stop rule and the seed are those of
 * {@link MonteCarloShapley}. Truncation adds a bias: the skipped marginal contributions of a
 * permutation sum to less than {@code tolerance · |v(N)|}, but for a non-monotone utility single
 * points' contributions may be larger with opposite signs, so use a small tolerance (≤ 1 %).
 *
 * <p>Defaults that stay cheap (after OpenDataVal #33): the caller sets the budget explicitly, and
 * a target standard error can stop far earlier. Stateless and thread-safe.
 *
 * <p>Source: Ghorbani &amp; Zou, "Data Shapley: equitable valuation of data for machine learning",
 * ICML 2019, PMLR 97, 2242–2251, Algorithm 1.
 */
public final class TruncatedMonteCarloShapley {
    /** The default instance. */
    public static final TruncatedMonteCarloShapley DEFAULT = new TruncatedMonteCarloShapley();
    /** The tolerance when none is asked for: no truncation (plain permutation sampling). */
    public static final double NO_TRUNCATION = 0;

    private TruncatedMonteCarloShapley() {
    }

    /**
     * @param utility   the performance of a model trained on a subset, in walk form; thread-safe; not null
     * @param options   budget, seed, stop rule; PLAIN or ANTITHETIC; not null
     * @param tolerance the truncation tolerance, in [0, 1) (0: no truncation, plain permutation sampling)
     * @return the values with standard errors
     */
    public SampledValues compute(IncrementalGame utility, SamplingOptions options, double tolerance) {
        return compute(utility, options, tolerance, org.dataprice.progress.Progress.NONE);
    }

    /**
     * As {@link #compute(IncrementalGame, SamplingOptions, double)}, reporting progress in blocks of permutations
     * ({@link MonteCarloShapley#compute(IncrementalGame, SamplingOptions, Truncation,
     * org.dataprice.progress.Progress)}); the result is bit for bit the one without a callback.
     *
     * @param utility   the utility, in walk form; thread-safe; not null
     * @param options   budget, seed, stop rule; PLAIN or ANTITHETIC; not null
     * @param tolerance the truncation tolerance, in [0, 1)
     * @param progress  the callback (thread-safe); not null
     * @return the values with standard errors
     */
    public SampledValues compute(IncrementalGame utility, SamplingOptions options, double tolerance,
                                 org.dataprice.progress.Progress progress) {
        Require.notNull(utility, "utility");
        Require.notNull(options, "options");
        Require.that(options.variant() != SamplingVariant.STRATIFIED, "options.variant", options.variant(),
                org.dataprice.error.Rule.INVALID_STATE, "TMC-Shapley walks permutations (PLAIN or ANTITHETIC)");
        double grand = LeaveOneOut.grandValue(utility);
        return MonteCarloShapley.DEFAULT.compute(utility, options, new Truncation(grand, tolerance), progress);
    }
}
