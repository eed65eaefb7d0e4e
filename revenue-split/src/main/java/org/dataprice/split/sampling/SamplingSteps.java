package org.dataprice.split.sampling;

import org.dataprice.explain.StepKey;

/** Step keys of the sampling estimators. */
public final class SamplingSteps {
    /** The samples drawn per player. */
    public static final StepKey SAMPLES = StepKey.of("sampling.samples", "Samples per player");
    /** The largest standard error over the players. */
    public static final StepKey MAX_STANDARD_ERROR = StepKey.of("sampling.maxStandardError", "Largest standard error");
    /** The normal quantile z of the confidence intervals. */
    public static final StepKey QUANTILE = StepKey.of("sampling.z", "Normal quantile z");
    /** The estimates; the result is their sum. */
    public static final StepKey ESTIMATES = StepKey.of("sampling.estimates", "Estimates (sum)");

    /** Reliability diagnostics (largest share, ESS, efficiency, interval width, ranking, budget) and warnings. */
    public static final StepKey DIAGNOSTICS = StepKey.of("sampling.diagnostics", "Reliability diagnostics and warnings");

    private SamplingSteps() {
    }
}
