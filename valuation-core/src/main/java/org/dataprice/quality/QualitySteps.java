package org.dataprice.quality;

import org.dataprice.explain.StepKey;

/** The step keys of the quality models' explanations. */
public final class QualitySteps {
    /** The AHP priority vector. */
    public static final StepKey WEIGHT = StepKey.of("quality.weight", "Weight w_i (权重)");
    /** The principal eigenvalue estimate. */
    public static final StepKey LAMBDA_MAX = StepKey.of("quality.lambdaMax", "Principal eigenvalue λmax");
    /** Saaty's consistency index. */
    public static final StepKey CONSISTENCY_INDEX = StepKey.of("quality.ci", "Consistency index CI (一致性指标)");
    /** Saaty's random index. */
    public static final StepKey RANDOM_INDEX = StepKey.of("quality.ri", "Random index RI (平均随机一致性指标)");
    /** The most inconsistent judgement. */
    public static final StepKey WORST_JUDGEMENT = StepKey.of("quality.worstJudgement", "Most inconsistent judgement");
    /** The consistency ratio, the AHP result. */
    public static final StepKey CONSISTENCY_RATIO = StepKey.of("quality.cr", "Consistency ratio CR (一致性比率)");
    /** A global weight in a hierarchy. */
    public static final StepKey GLOBAL_WEIGHT = StepKey.of("quality.globalWeight", "Global weight (组合权重)");
    /** The sum of global weights, the hierarchical result. */
    public static final StepKey GLOBAL_WEIGHT_SUM = StepKey.of("quality.globalWeightSum", "Sum of global weights");
    /** A fuzzy evaluation vector component b_j. */
    public static final StepKey MEMBERSHIP = StepKey.of("quality.membership", "Evaluation vector b_j (隶属度)");
    /** The fuzzy comprehensive score. */
    public static final StepKey FUZZY_SCORE = StepKey.of("quality.fuzzyScore", "Fuzzy comprehensive score S = B·V");
    /** The entropy of an indicator. */
    public static final StepKey ENTROPY = StepKey.of("quality.entropy", "Entropy e_j (信息熵)");
    /** The entropy weights, the entropy result (sum). */
    public static final StepKey ENTROPY_WEIGHT = StepKey.of("quality.entropyWeight", "Entropy weight w_j (熵权)");
    /** A combined weight. */
    public static final StepKey COMBINED_WEIGHT = StepKey.of("quality.combinedWeight", "Combined weight (组合赋权)");
    /** How the weights of a composite score were derived (children: that derivation's steps). */
    public static final StepKey WEIGHT_DERIVATION = StepKey.of("quality.weightDerivation", "Weight derivation (权重来源)");
    /** A weighted dimension score. */
    public static final StepKey DIMENSION_SCORE = StepKey.of("quality.dimensionScore", "Weighted score w_k·s_k");
    /** The composite quality score Q. */
    public static final StepKey QUALITY_SCORE = StepKey.of("quality.score", "Composite quality score Q (数据质量综合得分)");

    private QualitySteps() {
    }
}
