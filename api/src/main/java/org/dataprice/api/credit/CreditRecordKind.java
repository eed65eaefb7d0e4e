package org.dataprice.api.credit;

/** The kinds of {@link CreditRecordRow}. */
public enum CreditRecordKind {
    /** A credit event; body {@link CreditRequests.Event}. */
    EVENT,
    /** An objection to an event; body {@link CreditRequests.Objection}. */
    OBJECTION,
    /** The answer to an objection; body {@link CreditRequests.Answer}. */
    ANSWER,
    /** A repair request for an event; body {@link CreditRequests.Repair}. */
    REPAIR,
    /** The decision on a repair request; body {@link CreditRequests.Decision}. */
    DECISION
}
