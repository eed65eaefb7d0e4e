package org.dataprice.valuation.reconcile;

import org.dataprice.explain.StepKey;

/** The step keys of {@link Reconciliation} explanations. */
public final class ReconcileSteps {
    /** One approach's weighted contribution. */
    public static final StepKey CONTRIBUTION = StepKey.of("reconcile.contribution", "Weighted approach value w_k·V_k");
    /** The range of approach values. */
    public static final StepKey RANGE = StepKey.of("reconcile.range", "Range of approach values");
    /** The reconciled value. */
    public static final StepKey VALUE = StepKey.of("reconcile.value", "Reconciled value (评估结论)");

    private ReconcileSteps() {
    }
}
