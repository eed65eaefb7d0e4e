package org.dataprice.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;

/**
 * The criteria of a composite quality score: weights summing to 1 within {@link Weights#SUM_TOLERANCE}
 * and scores in [0, 1].
 *
 * @param criteria         the weighted, scored criteria; not empty; copied
 * @param weightDerivation how the weights were derived (e.g. a {@link HierarchyWeights} explanation);
 *                         null when the weights are given
 */
public record QualityInputs(List<CriterionScore> criteria, Explanation weightDerivation) {
    /** Validates that the weights sum to 1. */
    public QualityInputs {
        criteria = Require.nonEmptyCopy(criteria, "criteria");
        double sum = 0;
        for (CriterionScore c : criteria) {
            sum += c.weight();
        }
        Require.that(Math.abs(sum - 1) <= Weights.SUM_TOLERANCE, "criteria.weight", sum, Rule.SUM_MISMATCH, 1);
    }

    /**
     * Criteria with given weights (no derivation).
     *
     * @param criteria the weighted, scored criteria; not empty
     */
    public QualityInputs(List<CriterionScore> criteria) {
        this(criteria, null);
    }

    /**
     * Pairs the leaves of a weighted hierarchy with their scores.
     *
     * @param weights    the hierarchy's weights; not null
     * @param leafScores a score in [0, 1] for every leaf id; not null
     * @return the inputs, one criterion per leaf with its global weight
     */
    public static QualityInputs fromHierarchy(HierarchyWeights weights, Map<String, Double> leafScores) {
        Require.notNull(weights, "weights");
        Require.notNull(leafScores, "leafScores");
        List<CriterionScore> list = new ArrayList<>();
        for (NodeWeight leaf : weights.leaves()) {
            Double s = Require.notNull(leafScores.get(leaf.id()), "leafScores." + leaf.id());
            list.add(new CriterionScore(leaf.id(), leaf.label(), leaf.global(), s));
        }
        return new QualityInputs(list, weights.explanation());
    }
}
