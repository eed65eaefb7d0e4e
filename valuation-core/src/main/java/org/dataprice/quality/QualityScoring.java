package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * The composite quality score Q = Σ_k w_k · s_k (加权综合评分), with w the (global) weights of the
 * criteria (AHP, entropy, combined, or given) and s_k ∈ [0, 1] their scores. Q ∈ [0, 1] feeds the cost
 * approach's U and the market approach's X1 = Q_subject / Q_comparable.
 *
 * <p>Source: CAS 《数据资产评估指导意见》 (2023) art. 24(三) and appendix (quality factors); GB/T
 * 36344-2018 for the dimensions. Edge cases: Q is clamped to [0, 1] against rounding of Σw.
 * Q is monotone non-decreasing in every score. Stateless and thread-safe.
 */
public final class QualityScoring {
    /** The default instance. */
    public static final QualityScoring DEFAULT = new QualityScoring();

    /**
     * @param inputs the weighted, scored criteria; not null
     * @return Q, explained criterion by criterion
     */
    public QualityScore score(QualityInputs inputs) {
        Require.notNull(inputs, "inputs");
        Explanation.Builder e = Explanation.builder("quality.compositeScore");
        Explanation derivation = inputs.weightDerivation();
        if (derivation != null) {
            e.input("weights.method", derivation.methodId()).input("weights.inputHash", derivation.inputHash());
            Step.Builder d = Step.builder(QualitySteps.WEIGHT_DERIVATION).formula(derivation.methodId())
                    .result(Quantity.text("weights", derivation.methodId()));
            for (Step s : derivation.steps()) {
                d.child(s);
            }
            e.step(d.build());
        }
        double q = 0;
        for (CriterionScore c : inputs.criteria()) {
            e.input(c.id() + ".weight", c.weight(), "").input(c.id() + ".score", c.score(), "");
            double part = c.weight() * c.score();
            q += part;
            e.step(Step.builder(QualitySteps.DIMENSION_SCORE).formula("w_k · s_k").input("w", c.weight(), "")
                    .input("s", c.score(), "").result(Quantity.of(c.id(), part, "")).build());
        }
        q = Math.min(1, Math.max(0, q));
        e.step(Step.builder(QualitySteps.QUALITY_SCORE).formula("Q = Σ_k w_k · s_k").result(q, "")
                .source("CAS 数据资产评估指导意见 (2023) art. 24; GB/T 36344-2018").build());
        return new QualityScore(q, inputs, e.build());
    }
}
