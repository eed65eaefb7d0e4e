package org.dataprice.index.aggregate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.index.IndexResult;

/**
 * Sub-indices and the composite.
 *
 * @param subIndices  the index of each group, by group label; not empty, copied (sorted)
 * @param composite   the composite index; its settings name the composite method; not null
 * @param weights     the expenditure share of each group in the weight period (sums to 1); copied
 * @param explanation the weights and composite levels; the last step holds the last composite level
 */
public record SubIndexResult(Map<String, IndexResult> subIndices, IndexResult composite, Map<String, Double> weights,
        Explanation explanation) {
    /** Validates and copies. */
    public SubIndexResult {
        Require.notNull(subIndices, "subIndices");
        Require.that(!subIndices.isEmpty(), "subIndices", "{}", org.dataprice.error.Rule.EMPTY);
        subIndices = Collections.unmodifiableSortedMap(new TreeMap<>(subIndices));
        Require.notNull(composite, "composite");
        weights = Collections.unmodifiableSortedMap(new TreeMap<>(Require.notNull(weights, "weights")));
        Require.notNull(explanation, "explanation");
    }
}
