package org.dataprice.index.aggregate;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link SubIndexCalculator} explanation. */
public final class AggregateSteps {
    /** A group's expenditure weight. */
    public static final StepKey WEIGHT = StepKey.of("aggregate.weight", "Group expenditure share w_g");
    /** A composite level. */
    public static final StepKey COMPOSITE = StepKey.of("aggregate.composite", "Composite level I_t");

    private AggregateSteps() {
    }
}
