package org.dataprice.valuation.cost;

import org.dataprice.explain.StepKey;

/** The step keys of {@link CostApproach} explanations. */
public final class CostSteps {
    /** A TC component subtotal. */
    public static final StepKey COMPONENT = StepKey.of("cost.component", "Cost component (成本构成)");
    /** Total cost TC. */
    public static final StepKey TOTAL_COST = StepKey.of("cost.totalCost", "Total cost TC (总成本)");
    /** The return factor 1 + R. */
    public static final StepKey RETURN_FACTOR = StepKey.of("cost.returnFactor", "Return factor 1 + R (成本投资回报率)");
    /** U. */
    public static final StepKey ADJUSTMENT = StepKey.of("cost.adjustment", "Value adjustment coefficient U (价值调整系数)");
    /** The 2019 obsolescence factor. */
    public static final StepKey OBSOLESCENCE = StepKey.of("cost.obsolescence", "1 − obsolescence (成新率)");
    /** The value P. */
    public static final StepKey VALUE = StepKey.of("cost.value", "Cost-approach value P (评估值)");

    private CostSteps() {
    }
}
