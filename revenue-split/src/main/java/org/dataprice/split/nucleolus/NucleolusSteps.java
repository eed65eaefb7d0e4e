package org.dataprice.split.nucleolus;

import org.dataprice.explain.StepKey;

/** Step keys of the nucleolus and core computations. */
public final class NucleolusSteps {
    /** One linear program of the sequence; result ε<sub>k</sub>. */
    public static final StepKey STAGE = StepKey.of("nucleolus.stage", "Sequential LP stage, largest excess eps_k");
    /** The largest excess of an allocation over all coalitions. */
    public static final StepKey MAX_EXCESS = StepKey.of("core.maxExcess", "Largest excess max_S v(S) - x(S)");

    private NucleolusSteps() {
    }
}
