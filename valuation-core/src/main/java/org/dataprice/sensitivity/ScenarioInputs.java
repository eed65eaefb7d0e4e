package org.dataprice.sensitivity;

import java.util.HashSet;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Inputs of a scenario table: the base case and scenarios whose probabilities sum to 1.
 *
 * @param base      the model and its base inputs; not null
 * @param scenarios 1 to {@link ScenarioAnalysis#MAX_SCENARIOS} scenarios with distinct names, whose
 *                  overrides name model inputs, and whose probabilities sum to 1 within
 *                  {@link ScenarioAnalysis#PROBABILITY_TOLERANCE}; copied
 */
public record ScenarioInputs(BaseCase base, List<Scenario> scenarios) {
    /** Validates and copies. */
    public ScenarioInputs {
        Require.notNull(base, "base");
        scenarios = Require.nonEmptyCopy(scenarios, "scenarios");
        Require.withinLimit(scenarios.size(), ScenarioAnalysis.MAX_SCENARIOS, "scenarios", "");
        HashSet<String> names = new HashSet<>();
        double total = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            Require.that(names.add(s.name()), "scenarios[" + i + "].name", s.name(), Rule.DUPLICATE, s.name());
            for (String key : s.overrides().keySet()) {
                base.model().indexOf(key, "scenarios[" + i + "].overrides");
            }
            total += s.probability();
        }
        if (Math.abs(total - 1) > ScenarioAnalysis.PROBABILITY_TOLERANCE) {
            throw new InvalidInputException("scenarios", "probabilities summing to " + total, Rule.SUM_MISMATCH, 1);
        }
    }
}
