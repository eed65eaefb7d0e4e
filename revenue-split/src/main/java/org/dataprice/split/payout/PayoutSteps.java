package org.dataprice.split.payout;

import org.dataprice.explain.StepKey;

/** Step keys of settlements and statements. */
public final class PayoutSteps {
    /** The pool of the period. */
    public static final StepKey POOL = StepKey.of("payout.pool", "Distributable pool (可分配收益)");
    /** A loss carried in from earlier periods. */
    public static final StepKey CARRIED_IN = StepKey.of("payout.carriedIn", "Loss carried in");
    /** The earmarks taken first. */
    public static final StepKey EARMARKS = StepKey.of("payout.earmarks", "Earmarks taken first (专项提取)");
    /** The fixed claims paid. */
    public static final StepKey FIXED_CLAIMS = StepKey.of("payout.fixedClaims", "Fixed claims paid (commission, per use, per year)");
    /** The residual divided as dividends. */
    public static final StepKey DIVIDENDS = StepKey.of("payout.dividends", "Dividends (分红)");
    /** The loss shared or carried forward. */
    public static final StepKey LOSS = StepKey.of("payout.loss", "Loss (亏损)");
    /** Money left undistributed because every party is capped. */
    public static final StepKey RETAINED = StepKey.of("payout.retained", "Retained (all parties capped)");
    /** One line of a statement. */
    public static final StepKey LINE = StepKey.of("payout.line", "Statement line");
    /** The total paid (to all parties, or on one statement). */
    public static final StepKey TOTAL = StepKey.of("payout.total", "Total paid");

    private PayoutSteps() {
    }
}
