package org.dataprice.simulation;

/**
 * A valuation as a function of its numeric inputs: the bridge between the uncertainty and
 * sensitivity engines and any appraisal approach (cost, income, market) or finance model.
 *
 * <p>The engines call {@link #value(double[])} once per draw or scenario with the inputs in the order
 * of {@link ValuationModel#inputNames()}. Contract for implementations:
 * <ul>
 *   <li>stateless and thread-safe (the Monte Carlo engine calls it from several threads at once);</li>
 *   <li>must not keep or modify the array, which the engine reuses between calls;</li>
 *   <li>returns a finite value, or throws a {@link org.dataprice.error.DatapriceException} for inputs
 *       outside its domain (e.g. a discount rate ≤ growth in a Gordon terminal value).</li>
 * </ul>
 */
@FunctionalInterface
public interface ValuationFunction {
    /**
     * @param inputs the input values in the order of the model's input names; not modified
     * @return the value, in the model's unit (e.g. CNY or 万元)
     */
    double value(double[] inputs);
}
