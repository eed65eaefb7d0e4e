package org.dataprice.split.shapley;

import org.dataprice.explain.StepKey;

/** Step keys of the Shapley-value explanations. */
public final class ShapleySteps {
    /** The weights by coalition size (result: w(0)). */
    public static final StepKey WEIGHTS = StepKey.of("shapley.weights", "Shapley weights by coalition size");
    /** The players sorted by facility cost (airport game). */
    public static final StepKey SORTED_COSTS = StepKey.of("shapley.sortedCosts", "Costs sorted ascending");
    /** The number of swings (coalitions a player turns from losing to winning). */
    public static final StepKey SWINGS = StepKey.of("shapley.swings", "Swings (pivotal coalitions)");
    /** The quota of a voting game. */
    public static final StepKey QUOTA = StepKey.of("shapley.quota", "Quota q");

    private ShapleySteps() {
    }
}
