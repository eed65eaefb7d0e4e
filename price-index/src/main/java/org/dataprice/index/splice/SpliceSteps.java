package org.dataprice.index.splice;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link RollingWindowIndex} explanation. */
public final class SpliceSteps {
    /** The levels of the first window, published as computed. */
    public static final StepKey INITIAL_WINDOW = StepKey.of("splice.initialWindow", "Initial window");
    /** A period added by splicing a new window. */
    public static final StepKey EXTENSION = StepKey.of("splice.extension", "Spliced level P_t");

    private SpliceSteps() {
    }
}
