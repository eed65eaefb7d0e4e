package org.dataprice.sensitivity;

import org.dataprice.error.Require;

/**
 * One row of a scenario table.
 *
 * @param name        the scenario
 * @param probability its probability
 * @param value       V<sub>s</sub>, the value in that scenario
 * @param contribution p<sub>s</sub>·V<sub>s</sub>
 */
public record ScenarioRow(String name, double probability, double value, double contribution) {
    /** Validates. */
    public ScenarioRow {
        Require.notBlank(name, "name");
        Require.probability(probability, "probability");
        Require.finite(value, "value");
        Require.finite(contribution, "contribution");
    }
}
