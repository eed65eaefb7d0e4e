package org.dataprice.supervision.rule;

import org.dataprice.explain.StepKey;

/** The step keys of the explanations in {@code org.dataprice.supervision.rule}. */
public final class RuleSteps {
    /** The deal price against the appraisal band. */
    public static final StepKey BAND = StepKey.of("supervision.band", "Price outside the appraisal band [A(1 − β), A(1 + β)]");
    /** ln(P / R) against the reference price. */
    public static final StepKey REFERENCE = StepKey.of("supervision.reference", "Log deviation from the reference price ln(P / R)");
    /** The cell's median log unit price. */
    public static final StepKey CELL_MEDIAN = StepKey.of("supervision.cellMedian", "Median log unit price of the category and month");
    /** The cell's scale (1.4826 MAD or its fallback). */
    public static final StepKey CELL_SCALE = StepKey.of("supervision.cellScale", "Robust scale 1.4826 · MAD");
    /** The Hampel score. */
    public static final StepKey HAMPEL = StepKey.of("supervision.hampel", "Hampel score |x − median| / scale");
    /** The index-adjusted log price change against the listing's previous deal. */
    public static final StepKey INDEX_JUMP = StepKey.of("supervision.indexJump", "Index-adjusted log change ln(u_t / u_s) − ln(I_t / I_s)");
    /** The baseline deal count. */
    public static final StepKey VOLUME_BASELINE = StepKey.of("supervision.volumeBaseline", "Baseline deals per month (median of previous months)");
    /** The month's deal count against the baseline. */
    public static final StepKey VOLUME = StepKey.of("supervision.volume", "Deals in the month / baseline");
    /** The counts just under the threshold and in the bin below. */
    public static final StepKey BUNCHING = StepKey.of("supervision.bunching", "Deals just under the threshold vs. the bin below");
    /** The one-sided binomial p-value. */
    public static final StepKey BUNCHING_P = StepKey.of("supervision.bunchingP", "P(Bin(a + b, 1/2) ≥ a)");

    private RuleSteps() {
    }
}
