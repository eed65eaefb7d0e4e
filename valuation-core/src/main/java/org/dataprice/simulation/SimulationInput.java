package org.dataprice.simulation;

import org.dataprice.error.Require;

/**
 * One uncertain input of a valuation Monte Carlo: the name of the model input and its distribution.
 *
 * @param name         the input's name, as in {@link ValuationModel#inputNames()}; not blank
 * @param distribution its distribution; not null
 */
public record SimulationInput(String name, InputDistribution distribution) {
    /** Validates. */
    public SimulationInput {
        Require.notBlank(name, "name");
        Require.notNull(distribution, "distribution");
    }
}
