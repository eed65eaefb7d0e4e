package org.dataprice.index.bilateral;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link BilateralIndex} explanation. */
public final class BilateralSteps {
    /** One link or direct comparison: the formula on the matched products of two periods. */
    public static final StepKey COMPARISON = StepKey.of("bilateral.comparison", "Bilateral comparison P(s,t)");
    /** The index level of a period relative to the first. */
    public static final StepKey LEVEL = StepKey.of("bilateral.level", "Index level P(0,t)");

    private BilateralSteps() {
    }
}
