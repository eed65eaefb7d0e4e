package org.dataprice.simulation;

import java.util.HashSet;
import java.util.List;
import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A {@link ValuationFunction} with the names of its inputs and the unit of its value, so that the
 * Monte Carlo, tornado, two-way and scenario engines can address inputs by name.
 *
 * @param name       the model's name for reports, e.g. {@code "income.excessEarnings"}; not blank
 * @param inputNames the names of the function's inputs, in argument order; distinct, not blank,
 *                   1 to {@link #MAX_INPUTS}; copied
 * @param unit       the unit of the value, e.g. {@code "CNY"} or {@code "万元"}; not null
 * @param function   the valuation; not null, thread-safe
 */
public record ValuationModel(String name, List<String> inputNames, String unit, ValuationFunction function) {
    /** The largest number of inputs accepted. */
    public static final int MAX_INPUTS = CorrelationMatrix.MAX_SIZE;

    /** Validates and copies. */
    public ValuationModel {
        Require.notBlank(name, "name");
        inputNames = Require.nonEmptyCopy(inputNames, "inputNames");
        Require.withinLimit(inputNames.size(), MAX_INPUTS, "inputNames", "");
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < inputNames.size(); i++) {
            String n = Require.notBlank(inputNames.get(i), "inputNames[" + i + "]");
            Require.that(seen.add(n), "inputNames[" + i + "]", n, Rule.DUPLICATE, n);
        }
        Require.notNull(unit, "unit");
        Require.notNull(function, "function");
    }

    /** @return the number of inputs */
    public int size() {
        return inputNames.size();
    }

    /**
     * @param inputName an input's name; not null
     * @param field     the field to blame when unknown
     * @return its position in the argument array
     */
    public int indexOf(String inputName, String field) {
        int i = inputNames.indexOf(Require.notNull(inputName, field));
        Require.that(i >= 0, field, inputName, Rule.UNKNOWN, inputNames);
        return i;
    }

    /**
     * Evaluates the model and checks the value is finite.
     *
     * @param inputs the inputs in argument order; not modified
     * @param what   what is being evaluated, for the error message (e.g. {@code "draw 17"})
     * @return the finite value
     */
    public double evaluate(double[] inputs, String what) {
        double v = function.value(inputs);
        if (!Double.isFinite(v)) {
            throw CalculationException.noSolution(name,
                    "valuation function returned " + v + " at " + what);
        }
        return v;
    }
}
