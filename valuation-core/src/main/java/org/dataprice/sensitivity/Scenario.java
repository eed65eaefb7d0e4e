package org.dataprice.sensitivity;

import java.util.Map;
import org.dataprice.error.Require;

/**
 * One scenario of a scenario analysis (情景分析): a name, its probability, and the inputs that differ
 * from the base case.
 *
 * @param name        e.g. {@code "pessimistic"}; not blank
 * @param probability its probability, in [0, 1]
 * @param overrides   input name → value for the inputs that differ from base; values finite; copied
 */
public record Scenario(String name, double probability, Map<String, Double> overrides) {
    /** Validates and copies. */
    public Scenario {
        Require.notBlank(name, "name");
        Require.probability(probability, "probability");
        Require.notNull(overrides, "overrides");
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            Require.notNull(e.getKey(), "overrides.key");
            Require.finite(Require.notNull(e.getValue(), "overrides[" + e.getKey() + "]"), "overrides[" + e.getKey() + "]");
        }
        overrides = Map.copyOf(overrides);
    }
}
