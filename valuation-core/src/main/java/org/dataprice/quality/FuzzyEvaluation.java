package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Fuzzy comprehensive evaluation (模糊综合评价法): B = W ∘ R, S = B · V.
 *
 * <ul>
 *   <li>{@link FuzzyOperator#WEIGHTED_AVERAGE} M(·, +): b_j = Σ_i w_i r_ij (sums to 1 when W and the
 *       rows of R do);</li>
 *   <li>{@link FuzzyOperator#MIN_MAX} M(∧, ∨): b_j = max_i min(w_i, r_ij), normalised b_j / Σ b.</li>
 * </ul>
 * V holds the grade values, e.g. (1.0, 0.8, 0.6, 0.4) for 优/良/中/差; S lies in [min V, max V].
 * Source: Wang Peizhuang (汪培庄), 《模糊集合论及其应用》, 上海科学技术出版社 1983 (the M(∧,∨) and
 * M(·,+) models); CAS 2023 guidance names fuzzy evaluation for data quality. Stateless, thread-safe.
 */
public final class FuzzyEvaluation {
    /** The default instance. */
    public static final FuzzyEvaluation DEFAULT = new FuzzyEvaluation();

    private static final String SOURCE = "Wang Peizhuang, Fuzzy set theory and applications (1983); CAS 2023 data-asset guidance";

    /**
     * @param weights     the factor weights W, one per row of R; not null
     * @param memberships the membership matrix R; not null
     * @param gradeValues the value of each grade, finite, one per column of R; not null
     * @param operator    the operator; not null
     * @return B and S, explained
     */
    public FuzzyResult evaluate(Weights weights, MembershipMatrix memberships, double[] gradeValues, FuzzyOperator operator) {
        Require.notNull(weights, "weights");
        Require.notNull(memberships, "memberships");
        Require.finite(gradeValues, "gradeValues");
        Require.notNull(operator, "operator");
        Require.size(weights.size(), memberships.factors(), "weights");
        Require.size(gradeValues.length, memberships.grades(), "gradeValues");
        int m = memberships.factors();
        int g = memberships.grades();
        double[] b = new double[g];
        for (int j = 0; j < g; j++) {
            double v = 0;
            for (int i = 0; i < m; i++) {
                v = operator == FuzzyOperator.WEIGHTED_AVERAGE ? v + weights.get(i) * memberships.get(i, j)
                        : Math.max(v, Math.min(weights.get(i), memberships.get(i, j)));
            }
            b[j] = v;
        }
        Weights evaluation = Weights.normalise(b);
        double score = 0;
        Explanation.Builder e = Explanation.builder("quality.fuzzy." + operator.name())
                .input("operator", operator.name()).hashOnly("weights", weights.toArray())
                .hashOnly("memberships", memberships.toRowMajor()).hashOnly("gradeValues", gradeValues);
        String formula = operator == FuzzyOperator.WEIGHTED_AVERAGE ? "b_j = Σ_i w_i·r_ij" : "b_j = max_i min(w_i, r_ij) / Σ b";
        for (int j = 0; j < g; j++) {
            score += evaluation.get(j) * gradeValues[j];
            e.step(Step.builder(QualitySteps.MEMBERSHIP).formula(formula).input("v_" + j, gradeValues[j], "")
                    .result(Quantity.of("b_" + j, evaluation.get(j), "")).build());
        }
        e.step(Step.builder(QualitySteps.FUZZY_SCORE).formula("S = Σ_j b_j · v_j").result(score, "").source(SOURCE).build());
        return new FuzzyResult(operator, evaluation, score, e.build());
    }
}
