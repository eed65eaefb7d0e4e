package org.dataprice.explain;

import org.dataprice.error.Require;

/**
 * A typed identifier for a step of an {@link Explanation}, like Strata's {@code ExplainKey}. Each
 * model package declares its keys as constants in one {@code …Steps} class
 * (e.g. {@code CostSteps.TOTAL_COST}), so a step can be found by key and the label reads the same
 * in every report.
 *
 * @param id    a stable dotted identifier, e.g. {@code "cost.totalCost"}; not blank
 * @param label a short human-readable label, e.g. {@code "Total cost TC (总成本)"}; not blank
 */
public record StepKey(String id, String label) {
    /** Validates both fields. */
    public StepKey {
        Require.notBlank(id, "id");
        Require.notBlank(label, "label");
    }

    /**
     * @param id    the stable identifier; not blank
     * @param label the label; not blank
     * @return the key
     */
    public static StepKey of(String id, String label) {
        return new StepKey(id, label);
    }
}
