package org.dataprice.sensitivity;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A scenario table: the value in each scenario and the probability-weighted value.
 *
 * @param baseValue         V₀, the value at the base case (for comparison)
 * @param rows              one row per scenario, in the given order; copied
 * @param weightedValue     Σ p<sub>s</sub>·V<sub>s</sub>, the headline figure
 * @param standardDeviation √(Σ p<sub>s</sub>(V<sub>s</sub> − weightedValue)²)
 * @param explanation       how it was obtained; its last step is the weighted value
 */
public record ScenarioTable(double baseValue, List<ScenarioRow> rows, double weightedValue, double standardDeviation,
        Explanation explanation) {
    /** Validates and copies. */
    public ScenarioTable {
        Require.finite(baseValue, "baseValue");
        rows = Require.nonEmptyCopy(rows, "rows");
        Require.finite(weightedValue, "weightedValue");
        Require.nonNegative(standardDeviation, "standardDeviation");
        Require.notNull(explanation, "explanation");
    }
}
