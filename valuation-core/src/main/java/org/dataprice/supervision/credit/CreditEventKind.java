package org.dataprice.supervision.credit;

/** The kind of a credit event, which fixes the sign of its points. */
public enum CreditEventKind {
    /** 失信行为: a violation of the market's rules found by the supervisor; points &lt; 0. */
    VIOLATION,
    /** A supervision alert confirmed by the supervisor (the alert's id is the event's reference); points &lt; 0. */
    CONFIRMED_ALERT,
    /** 守信: a good-standing milestone (e.g. a year of settlements without dispute); points &gt; 0. */
    GOOD_STANDING;

    /** @return whether events of this kind lower the score */
    public boolean negative() {
        return this != GOOD_STANDING;
    }
}
