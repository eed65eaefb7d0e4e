package org.dataprice.supervision.credit;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.Instant;

/**
 * The supervisor's decision on a {@link Repair}: granted (the event stops counting from {@code at}) or refused.
 *
 * @param repairId  the repair request; not blank
 * @param at        when decided; not null
 * @param granted   whether granted
 * @param reason    the reasons; not blank, at most 2000 characters
 * @param decidedBy the supervisor; not blank
 */
public record RepairDecision(String repairId, Instant at, boolean granted, String reason, String decidedBy) {
    /** Validates. */
    public RepairDecision {
        Require.notBlank(repairId, "repairId");
        Require.notNull(at, "at");
        Require.notBlank(reason, "reason");
        Require.that(reason.length() <= 2000, "reason", reason.length() + " characters", Rule.LIMIT_EXCEEDED,
                "2000 characters");
        Require.notBlank(decidedBy, "decidedBy");
    }
}
