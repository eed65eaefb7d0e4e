package org.dataprice.supervision.workflow;

/**
 * Where an alert stands in the supervisor's workflow (处置流程). Every alert is raised {@link #OPEN}; the allowed
 * moves are those of {@link AlertWorkflow#next}.
 */
public enum AlertStatus {
    /** Raised, nobody has looked at it yet. */
    OPEN,
    /** A supervisor has taken it up. */
    ACKNOWLEDGED,
    /** Handed to enforcement (a likely breach); only closing follows. */
    ESCALATED,
    /** Done, with the reason (confirmed, false alarm, resolved); final. */
    CLOSED
}
