package org.dataprice.split.payout;

/** The kinds of line on a party's statement. */
public enum LineKind {
    /** A share of the pool taken first (专项提取). */
    EARMARK(true),
    /** A commission, rate × transaction value (佣金). */
    COMMISSION(true),
    /** Per-use fees, unit fee × calls (按次). */
    PER_USE(true),
    /** A per-year fixed payment (按年). */
    ANNUAL(true),
    /** A dividend, pro rata to value, equity or rights weights (分红). */
    DIVIDEND(true),
    /** A share of a loss (亏损分担), negative. */
    LOSS(true),
    /** The part of a fixed claim the pool could not pay (informational, not paid). */
    SHORTFALL(false);

    private final boolean paid;

    LineKind(boolean paid) {
        this.paid = paid;
    }

    /** @return true when the line's amount is paid (counts towards the statement total) */
    public boolean paid() {
        return paid;
    }
}
