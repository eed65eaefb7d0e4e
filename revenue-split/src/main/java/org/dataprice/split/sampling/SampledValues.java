package org.dataprice.split.sampling;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * Values estimated by sampling, with their uncertainty.
 *
 * @param method         the method identifier; not blank
 * @param values         the estimates, one per player; copied
 * @param standardErrors their standard errors; copied
 * @param lower          lower confidence bounds, value − z·SE; copied
 * @param upper          upper confidence bounds, value + z·SE; copied
 * @param confidence     the confidence level of the bounds
 * @param seed           the seed used
 * @param samples        the samples per player (permutations, antithetic pairs, or stratified draws)
 * @param converged      true when the target standard error was reached (always true without a target)
 * @param diagnostics    largest share, effective sample size, efficiency, interval width, ranking, budget and the
 *                       warnings they raise (see {@link ShapleyDiagnostics}); not null
 * @param explanation    how they were obtained; not null
 */
public record SampledValues(String method, List<Double> values, List<Double> standardErrors, List<Double> lower,
        List<Double> upper, double confidence, long seed, long samples, boolean converged, ShapleyDiagnostics diagnostics,
        Explanation explanation) {
    /** Validates and copies. */
    public SampledValues {
        Require.notBlank(method, "method");
        values = Require.nonEmptyCopy(values, "values");
        standardErrors = Require.nonEmptyCopy(standardErrors, "standardErrors");
        lower = Require.nonEmptyCopy(lower, "lower");
        upper = Require.nonEmptyCopy(upper, "upper");
        Require.size(standardErrors.size(), values.size(), "standardErrors");
        Require.size(lower.size(), values.size(), "lower");
        Require.size(upper.size(), values.size(), "upper");
        Require.inOpenRange(confidence, 0, 1, "confidence");
        Require.notNull(diagnostics, "diagnostics");
        Require.notNull(explanation, "explanation");
    }

    /** @return why the estimates are unreliable (see {@link ShapleyDiagnostics}); empty when nothing was flagged */
    public List<String> warnings() {
        return diagnostics.warnings();
    }

    /**
     * @param player a player
     * @return its estimate
     */
    public double value(int player) {
        return values.get(player);
    }

    /**
     * @param player a player
     * @return its standard error
     */
    public double standardError(int player) {
        return standardErrors.get(player);
    }

    /** @return the estimates as a new array */
    public double[] toArray() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the largest standard error over the players */
    public double maxStandardError() {
        return standardErrors.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
