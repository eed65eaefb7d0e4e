package org.dataprice.simulation;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link ValuationMonteCarlo} explanation. */
public final class SimulationSteps {
    /** The draws simulated. */
    public static final StepKey DRAWS = StepKey.of("simulation.draws", "Draws N");
    /** The correlation structure (Gaussian copula). */
    public static final StepKey COPULA = StepKey.of("simulation.copula", "Gaussian copula: w = L·z");
    /** The sample standard deviation of the value. */
    public static final StepKey STANDARD_DEVIATION = StepKey.of("simulation.standardDeviation",
            "Standard deviation s of the value");
    /** The standard error of the mean. */
    public static final StepKey STANDARD_ERROR = StepKey.of("simulation.standardError", "Standard error s/√N");
    /** The lower end of the 95 % confidence interval of the mean. */
    public static final StepKey CONFIDENCE_LOWER = StepKey.of("simulation.ciLower", "95% CI of the mean, lower");
    /** The upper end of the 95 % confidence interval of the mean. */
    public static final StepKey CONFIDENCE_UPPER = StepKey.of("simulation.ciUpper", "95% CI of the mean, upper");
    /** A percentile of the value. */
    public static final StepKey PERCENTILE = StepKey.of("simulation.percentile", "Percentile Q(p)");
    /** The probability that the value exceeds the target. */
    public static final StepKey PROBABILITY_ABOVE_TARGET = StepKey.of("simulation.probabilityAboveTarget",
            "P(V > target)");
    /** Reliability diagnostics of the mean (zero share, largest share, ESS) and each warning; result = ESS. */
    public static final StepKey DIAGNOSTICS = StepKey.of("simulation.diagnostics", "Reliability diagnostics and warnings");
    /** The mean value: the result. */
    public static final StepKey MEAN = StepKey.of("simulation.mean", "Mean value E[V]");

    private SimulationSteps() {
    }
}
