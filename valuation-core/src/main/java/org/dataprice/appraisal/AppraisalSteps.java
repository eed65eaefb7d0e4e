package org.dataprice.appraisal;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link ValuationReport}'s explanation. */
public final class AppraisalSteps {
    /** The composite quality score. */
    public static final StepKey QUALITY = StepKey.of("appraisal.quality", "Data quality score Q (数据质量)");
    /** One approach's value. */
    public static final StepKey APPROACH_VALUE = StepKey.of("appraisal.approachValue", "Approach value (各方法评估值)");
    /** The reconciliation. */
    public static final StepKey RECONCILIATION = StepKey.of("appraisal.reconciliation", "Reconciliation (综合分析)");
    /** The concluded value. */
    public static final StepKey CONCLUSION = StepKey.of("appraisal.conclusion", "Concluded value (评估结论)");

    private AppraisalSteps() {
    }
}
