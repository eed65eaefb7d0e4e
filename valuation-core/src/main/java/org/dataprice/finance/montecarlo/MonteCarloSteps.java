package org.dataprice.finance.montecarlo;

import org.dataprice.explain.StepKey;

/** The step keys of the Monte Carlo explanations. */
public final class MonteCarloSteps {
    /** The random streams: generator, seed, chunks. */
    public static final StepKey STREAMS = StepKey.of("montecarlo.streams", "Random streams (seed, chunks)");
    /** The plain estimate before the control variate. */
    public static final StepKey PLAIN_ESTIMATE = StepKey.of("montecarlo.plainEstimate", "Plain estimate mean(Y)");
    /** The control variate's known mean. */
    public static final StepKey CONTROL_MEAN = StepKey.of("montecarlo.controlMean", "Control variate mean E[X]");
    /** The control coefficient beta. */
    public static final StepKey CONTROL_BETA = StepKey.of("montecarlo.controlBeta", "Control coefficient beta = cov(X,Y)/var(X)");
    /** The standard error. */
    public static final StepKey STANDARD_ERROR = StepKey.of("montecarlo.standardError", "Standard error SE");
    /** The 95% confidence interval. */
    public static final StepKey CONFIDENCE_INTERVAL = StepKey.of("montecarlo.ci95", "95% confidence interval");
    /** The reliability diagnostics and warnings ({@link MonteCarloDiagnostics}); result = ESS. */
    public static final StepKey DIAGNOSTICS = StepKey.of("montecarlo.diagnostics", "Reliability diagnostics and warnings");
    /** The estimate. */
    public static final StepKey PRICE = StepKey.of("montecarlo.price", "Monte Carlo value (蒙特卡洛估值)");

    private MonteCarloSteps() {
    }
}
