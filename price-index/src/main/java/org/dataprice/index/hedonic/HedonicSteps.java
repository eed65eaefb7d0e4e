package org.dataprice.index.hedonic;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link TimeDummyHedonicIndex} explanation. */
public final class HedonicSteps {
    /** Observations in the regression. */
    public static final StepKey OBSERVATIONS = StepKey.of("hedonic.observations", "Observations n");
    /** Goodness of fit. */
    public static final StepKey R_SQUARED = StepKey.of("hedonic.rSquared", "Coefficient of determination R²");
    /** A characteristic's coefficient. */
    public static final StepKey CHARACTERISTIC = StepKey.of("hedonic.characteristic", "Characteristic coefficient");
    /** The level of a period. */
    public static final StepKey LEVEL = StepKey.of("hedonic.level", "Index level exp(δ_t)");

    private HedonicSteps() {
    }
}
