package org.dataprice.api.split;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * Answer of {@code POST /v1/contributions}.
 *
 * @param method         the method asked for
 * @param algorithm      the algorithm used, e.g. {@code split.shapley.airport}
 * @param kind           PROFIT or COST (absent for data valuation)
 * @param exact          true when computed exactly (closed form, enumeration, LP, KNN recursion)
 * @param values         one value per player (for a cost game: cost shares); for CORE_CHECK the allocation
 * @param standardErrors for sampled values, one per player
 * @param sampling       for sampled values: seed, samples, confidence intervals, convergence
 * @param leastCore      for LEAST_CORE: ε and whether the core is empty
 * @param core           for CORE_CHECK: membership and the coalition of largest excess
 * @param warnings       why sampled values are unreliable (see {@code sampling.diagnostics}); empty when nothing
 *                       was flagged and always empty for exact methods
 * @param explanation    how the values were obtained
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContributionResponse(ValueMethod method, String algorithm, @Nullable GameKind kind, boolean exact,
                                   List<Double> values, @Nullable List<Double> standardErrors,
                                   @Nullable Sampling sampling, @Nullable LeastCore leastCore, @Nullable Core core,
                                   List<String> warnings, ExplanationResponse explanation) {

    /**
     * How a sampled value was sampled, and its uncertainty.
     *
     * @param seed       the seed
     * @param samples    samples per player actually drawn (permutations, antithetic pairs or stratified draws)
     * @param variant    PLAIN, ANTITHETIC or STRATIFIED
     * @param confidence the confidence level of the intervals
     * @param lower      lower bounds value − z·SE
     * @param upper      upper bounds value + z·SE
     * @param converged  whether the target standard error was reached (true without a target)
     * @param diagnostics whether the estimates can be trusted (the thresholds are in docs/revenue-split.md)
     */
    @Serdeable
    public record Sampling(long seed, long samples, String variant, double confidence, List<Double> lower,
                           List<Double> upper, boolean converged, Diagnostics diagnostics) {
    }

    /**
     * Reliability diagnostics of a sampled Shapley value ({@code ShapleyDiagnostics} of revenue-split).
     *
     * @param permutations         whole permutations walked (PLAIN m, ANTITHETIC 2m, STRATIFIED 0)
     * @param requiredSamples      max(30, ⌈n·H_n⌉): fewer samples per player are flagged
     * @param grandValue           v(N) − v(∅)
     * @param sum                  the sum of the estimates
     * @param efficiencyGap        sum − (v(N) − v(∅)); 0 up to rounding for PLAIN and ANTITHETIC
     * @param maxIntervalWidth     the widest interval (flagged above 5 % of |v(N) − v(∅)|)
     * @param largestShares        per player, its largest |marginal| over the sum of its |marginals|
     * @param effectiveSampleSizes per player, (Σ|x|)² / Σx²
     * @param undeterminedPairs    neighbouring players (by estimate) whose intervals overlap
     */
    @Serdeable
    public record Diagnostics(long permutations, long requiredSamples, double grandValue, double sum,
                              double efficiencyGap, double maxIntervalWidth, List<Double> largestShares,
                              List<Double> effectiveSampleSizes, int undeterminedPairs) {
    }

    /**
     * The least core.
     *
     * @param epsilon   the least-core value ε (≤ 0 exactly when the core is non-empty)
     * @param coreEmpty true when ε &gt; 0
     */
    @Serdeable
    public record LeastCore(double epsilon, boolean coreEmpty) {
    }

    /**
     * A core check.
     *
     * @param member         whether the allocation is in the core
     * @param worstCoalition the members of the coalition of largest excess
     * @param maxExcess      that excess (v(S) − x(S), for a cost game x(S) − c(S))
     */
    @Serdeable
    public record Core(boolean member, List<Integer> worstCoalition, double maxExcess) {
    }
}
