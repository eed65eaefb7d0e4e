package org.dataprice.supervision.workflow;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The alert workflow: OPEN → ACKNOWLEDGED → ESCALATED or CLOSED; OPEN may also be escalated or closed at once, and
 * ESCALATED only closed. CLOSED is final. Acknowledging needs no reason; escalating and closing need one
 * (1..{@value #MAX_REASON} characters), because the decision is audited: the service stores each move append-only
 * with who and when. Stateless.
 */
public final class AlertWorkflow {
    /** The longest reason, in characters. */
    public static final int MAX_REASON = 2000;

    private static final Map<AlertStatus, Set<AlertStatus>> MOVES = Map.of(
            AlertStatus.OPEN, EnumSet.of(AlertStatus.ACKNOWLEDGED, AlertStatus.ESCALATED, AlertStatus.CLOSED),
            AlertStatus.ACKNOWLEDGED, EnumSet.of(AlertStatus.ESCALATED, AlertStatus.CLOSED),
            AlertStatus.ESCALATED, EnumSet.of(AlertStatus.CLOSED),
            AlertStatus.CLOSED, EnumSet.noneOf(AlertStatus.class));

    private AlertWorkflow() {
    }

    /**
     * Checks one move of the workflow.
     *
     * @param from   the alert's current status; not null
     * @param to     the requested status; not null
     * @param reason why; required (not blank) for ESCALATED and CLOSED, optional for ACKNOWLEDGED; at most
     *               {@value #MAX_REASON} characters
     * @return {@code to}
     * @throws org.dataprice.error.InvalidInputException {@code invalid-state} on {@code status} for a move the workflow
     *                                                   does not allow (naming the allowed ones), {@code missing} or
     *                                                   {@code at-most} on {@code reason}
     */
    public static AlertStatus next(AlertStatus from, AlertStatus to, String reason) {
        Require.notNull(from, "status");
        Require.notNull(to, "status");
        Require.that(MOVES.get(from).contains(to), "status", to, Rule.INVALID_STATE,
                from + " may move to " + (MOVES.get(from).isEmpty() ? "nothing (final)" : MOVES.get(from)));
        if (to != AlertStatus.ACKNOWLEDGED) {
            Require.that(reason != null && !reason.isBlank(), "reason", reason, Rule.MISSING);
        }
        if (reason != null) {
            Require.that(reason.length() <= MAX_REASON, "reason", reason.length(), Rule.AT_MOST, MAX_REASON);
        }
        return to;
    }
}
