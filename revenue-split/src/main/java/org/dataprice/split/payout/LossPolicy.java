package org.dataprice.split.payout;

/** What a settlement does with a negative pool (a loss, 亏损). */
public enum LossPolicy {
    /**
     * The loss is shared now, pro rata to the dividend weights (negative lines, exact to the minor
     * unit); no earmarks or fixed claims are paid (they are reported as shortfalls).
     */
    SHARE,
    /**
     * Nothing is paid; the loss is carried forward and offset against the next periods' pools before
     * anything is distributed (弥补亏损后再分配). Fixed claims are reported as shortfalls.
     */
    CARRY_FORWARD
}
