package org.dataprice.pricing.model;

import org.dataprice.explain.StepKey;

/** The step keys of model-pricing explanations. */
public final class ModelSteps {
    /** Violations of monotonicity. */
    public static final StepKey MONOTONE = StepKey.of("model.monotoneViolations", "Violations of p non-increasing in δ");
    /** Violations of the subadditivity condition. */
    public static final StepKey SUBADDITIVE = StepKey.of("model.subadditiveViolations", "Violations of q(x)/x non-increasing in precision x");
    /** Arbitrage-free flag. */
    public static final StepKey ARBITRAGE_FREE = StepKey.of("model.arbitrageFree", "Arbitrage-free (1 = yes)");
    /** Passes of the projection (1 for the exact dynamic programme). */
    public static final StepKey ITERATIONS = StepKey.of("model.iterations", "Passes of the projection");
    /** Squared distance to the wished prices. */
    public static final StepKey DISTANCE = StepKey.of("model.distance", "Σ (p_i − wished_i)²");

    private ModelSteps() {
    }
}
