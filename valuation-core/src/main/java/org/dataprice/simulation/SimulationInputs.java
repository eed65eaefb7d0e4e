package org.dataprice.simulation;

import java.util.HashSet;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Everything a valuation Monte Carlo needs: the model, a distribution for each of its inputs, the
 * correlation between them (Gaussian copula) and the run settings.
 *
 * @param model       the valuation; not null
 * @param inputs      one distribution per model input, each model input exactly once (hold an input
 *                    constant with {@link InputDistribution.Fixed}); any order; copied
 * @param correlation the correlation of the inputs, indexed in the order of {@code inputs}; size equal
 *                    to the number of inputs; not null
 * @param settings    draws, seed, threads, reporting; not null
 */
public record SimulationInputs(ValuationModel model, List<SimulationInput> inputs, CorrelationMatrix correlation,
        MonteCarloSettings settings) {
    /** Validates and copies. */
    public SimulationInputs {
        Require.notNull(model, "model");
        inputs = Require.nonEmptyCopy(inputs, "inputs");
        Require.notNull(correlation, "correlation");
        Require.notNull(settings, "settings");
        Require.size(inputs.size(), model.size(), "inputs");
        Require.size(correlation.size(), inputs.size(), "correlation");
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String name = inputs.get(i).name();
            model.indexOf(name, "inputs[" + i + "].name");
            Require.that(seen.add(name), "inputs[" + i + "].name", name, Rule.DUPLICATE, name);
        }
    }

    /**
     * Independent inputs (identity correlation).
     *
     * @param model    the valuation; not null
     * @param inputs   one distribution per model input; not null
     * @param settings the settings; not null
     * @return the inputs
     */
    public static SimulationInputs independent(ValuationModel model, List<SimulationInput> inputs,
            MonteCarloSettings settings) {
        Require.notNull(inputs, "inputs");
        return new SimulationInputs(model, inputs, CorrelationMatrix.identity(Math.max(1, inputs.size())), settings);
    }
}
