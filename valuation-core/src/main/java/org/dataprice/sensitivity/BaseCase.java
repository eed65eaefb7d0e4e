package org.dataprice.sensitivity;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.simulation.ValuationModel;

/**
 * A valuation model with its base-case (best-estimate) inputs: the point around which tornado,
 * two-way and scenario analyses move the inputs.
 *
 * @param model  the valuation; not null
 * @param values the base value of each model input, in the order of
 *               {@link ValuationModel#inputNames()}; finite; copied
 */
public record BaseCase(ValuationModel model, List<Double> values) {
    /** Validates and copies. */
    public BaseCase {
        Require.notNull(model, "model");
        values = Require.copyOf(values, "values");
        Require.size(values.size(), model.size(), "values");
        for (int i = 0; i < values.size(); i++) {
            Require.finite(values.get(i), "values[" + i + "]");
        }
    }

    /** @return a fresh array of the base inputs */
    public double[] toArray() {
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = values.get(i);
        }
        return x;
    }

    /** @return the model's value at the base inputs */
    public double baseValue() {
        return model.evaluate(toArray(), "the base case");
    }
}
