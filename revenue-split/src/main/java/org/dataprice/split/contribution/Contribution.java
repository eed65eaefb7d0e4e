package org.dataprice.split.contribution;

import java.util.List;
import org.dataprice.split.nucleolus.LeastCore;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * Each player's measured contribution, whatever the method: the uniform result behind
 * {@code POST /v1/contributions}.
 *
 * @param method         the method asked for; not null
 * @param algorithm      the algorithm used (e.g. {@code split.shapley.airport}); not blank
 * @param values         one value per player; copied
 * @param standardErrors standard errors (all 0 for exact methods); copied
 * @param exact          true when computed exactly (closed form, enumeration, LP)
 * @param seed           the seed when sampled, else 0
 * @param samples        the samples per player when sampled, else 0
 * @param warnings       why sampled values are unreliable ({@link org.dataprice.split.sampling.ShapleyDiagnostics});
 *                       empty for exact methods; copied
 * @param explanation    how the values were obtained; not null
 * @param sampled        the sampled values with their intervals and diagnostics, when sampled; else null
 * @param leastCore      the least core (ε, whether the core is empty) behind a LEAST_CORE result; else null
 */
public record Contribution(ContributionMethod method, String algorithm, List<Double> values, List<Double> standardErrors,
        boolean exact, long seed, long samples, List<String> warnings, Explanation explanation,
        SampledValues sampled, LeastCore leastCore) {

    /**
     * A result without sampling or least-core detail.
     *
     * @param method         the method asked for
     * @param algorithm      the algorithm used
     * @param values         one value per player
     * @param standardErrors standard errors
     * @param exact          whether exact
     * @param seed           the seed when sampled
     * @param samples        the samples when sampled
     * @param warnings       warnings
     * @param explanation    the explanation
     */
    public Contribution(ContributionMethod method, String algorithm, List<Double> values, List<Double> standardErrors,
            boolean exact, long seed, long samples, List<String> warnings, Explanation explanation) {
        this(method, algorithm, values, standardErrors, exact, seed, samples, warnings, explanation, null, null);
    }
    /** Validates and copies. */
    public Contribution {
        Require.notNull(method, "method");
        Require.notBlank(algorithm, "algorithm");
        values = Require.nonEmptyCopy(values, "values");
        standardErrors = Require.nonEmptyCopy(standardErrors, "standardErrors");
        Require.size(standardErrors.size(), values.size(), "standardErrors");
        warnings = Require.copyOf(warnings, "warnings");
        Require.notNull(explanation, "explanation");
    }

    /**
     * @param player a player
     * @return its value
     */
    public double value(int player) {
        return values.get(player);
    }
}
