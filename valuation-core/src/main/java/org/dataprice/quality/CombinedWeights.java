package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Combined subjective/objective weights (主客观组合赋权), e.g. AHP with entropy:
 * <ul>
 *   <li>multiplicative: w_j = s_j · o_j / Σ_k s_k · o_k;</li>
 *   <li>linear blend: w_j = α · s_j + (1 − α) · o_j, α ∈ [0, 1] the weight of the subjective side.</li>
 * </ul>
 * Source: domain notes §1.5; Gao, Wang &amp; Li, 中国资产评估 2023(5):44–50 (entropy-corrected AHP).
 * Edge case: the multiplicative form is undefined when Σ s_j·o_j = 0 and is then rejected.
 * Stateless and thread-safe.
 */
public final class CombinedWeights {
    /** The default instance. */
    public static final CombinedWeights DEFAULT = new CombinedWeights();

    /**
     * @param subjective the subjective weights (e.g. AHP); not null
     * @param objective  the objective weights (e.g. entropy), same size; not null
     * @return the multiplicative combination, explained
     */
    public WeightResult multiplicative(Weights subjective, Weights objective) {
        int n = check(subjective, objective);
        double[] p = new double[n];
        for (int j = 0; j < n; j++) {
            p[j] = subjective.get(j) * objective.get(j);
        }
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        Require.that(sum > 0, "objective", objective, org.dataprice.error.Rule.INVALID_STATE,
                "Σ s_j·o_j > 0 (the two weightings share no positive component)");
        Weights w = Weights.normalise(p);
        return result("combined.multiplicative", "w_j = s_j·o_j / Σ s_k·o_k", subjective, objective, w, Double.NaN);
    }

    /**
     * @param subjective the subjective weights; not null
     * @param objective  the objective weights, same size; not null
     * @param alpha      the subjective share α in [0, 1]
     * @return the linear blend, explained
     */
    public WeightResult linear(Weights subjective, Weights objective, double alpha) {
        int n = check(subjective, objective);
        Require.probability(alpha, "alpha");
        double[] p = new double[n];
        for (int j = 0; j < n; j++) {
            p[j] = alpha * subjective.get(j) + (1 - alpha) * objective.get(j);
        }
        return result("combined.linear", "w_j = α·s_j + (1 − α)·o_j", subjective, objective, Weights.normalise(p), alpha);
    }

    private static int check(Weights s, Weights o) {
        Require.notNull(s, "subjective");
        Require.notNull(o, "objective");
        return Require.size(o.size(), s.size(), "objective");
    }

    private static WeightResult result(String method, String formula, Weights s, Weights o, Weights w, double alpha) {
        Explanation.Builder e = Explanation.builder("quality." + method).hashOnly("subjective", s.toArray())
                .hashOnly("objective", o.toArray());
        if (!Double.isNaN(alpha)) {
            e.input("alpha", alpha, "");
        }
        double sum = 0;
        for (int j = 0; j < w.size(); j++) {
            sum += w.get(j);
            e.step(Step.builder(QualitySteps.COMBINED_WEIGHT).formula(formula).input("s_" + j, s.get(j), "")
                    .input("o_" + j, o.get(j), "").result(Quantity.of("w_" + j, w.get(j), "")).build());
        }
        e.step(Step.builder(QualitySteps.COMBINED_WEIGHT).formula("Σ_j w_j").result(Quantity.of("sum", sum, "")).build());
        return new WeightResult(method, w, e.build());
    }
}
