package org.dataprice.index.multilateral;

import org.dataprice.explain.StepKey;

/** The step keys of multilateral explanations. */
public final class MultilateralSteps {
    /** The window of periods used. */
    public static final StepKey WINDOW = StepKey.of("multilateral.window", "Window length T");
    /** Bilateral comparisons computed for GEKS. */
    public static final StepKey BILATERALS = StepKey.of("multilateral.bilaterals", "Bilateral comparisons T(T-1)/2");
    /** Iterations of an iterative solver. */
    public static final StepKey ITERATIONS = StepKey.of("multilateral.iterations", "Iterations to convergence");
    /** Observations in a regression. */
    public static final StepKey OBSERVATIONS = StepKey.of("multilateral.observations", "Observations (present cells)");
    /** The level of a period. */
    public static final StepKey LEVEL = StepKey.of("multilateral.level", "Index level P(0,t)");

    private MultilateralSteps() {
    }
}
