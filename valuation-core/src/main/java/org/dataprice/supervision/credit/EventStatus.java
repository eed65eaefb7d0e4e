package org.dataprice.supervision.credit;

/** Whether an event counts at an instant, and if not, why. Decided in this order. */
public enum EventStatus {
    /** Counts: its points are in the score. */
    COUNTED,
    /** Not counted: {@code at >= expiresAt}. */
    EXPIRED,
    /** Not counted: an objection to it was upheld at or before the instant. */
    WITHDRAWN,
    /** Not counted: its repair was granted at or before the instant. */
    REPAIRED,
    /** Not counted: an objection to it was not answered by its deadline and is still unanswered. */
    SUSPENDED
}
