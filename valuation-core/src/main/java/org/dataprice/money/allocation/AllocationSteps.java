package org.dataprice.money.allocation;

import org.dataprice.money.Money;

import org.dataprice.explain.StepKey;

/** The step keys of an {@link Allocation} explanation. */
public final class AllocationSteps {
    /** The total in minor units. */
    public static final StepKey TOTAL_MINOR = StepKey.of("allocation.totalMinor", "Total in minor units T");
    /** The units given out by the floors of the exact shares. */
    public static final StepKey FLOOR_UNITS = StepKey.of("allocation.floorUnits", "Units from floors of exact shares");
    /** The units given out one each by largest remainder. */
    public static final StepKey LEFTOVER_UNITS = StepKey.of("allocation.leftoverUnits", "Units given by largest remainder k");
    /** The amount allocated, equal to the total. */
    public static final StepKey ALLOCATED = StepKey.of("allocation.allocated", "Amount allocated");

    private AllocationSteps() {
    }
}
