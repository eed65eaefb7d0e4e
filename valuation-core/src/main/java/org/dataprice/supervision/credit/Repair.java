package org.dataprice.supervision.credit;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.Instant;
import java.util.List;

/**
 * 信用修复申请 — a party asks that one of its negative events stop counting before it expires. Admissible from
 * {@code event.at + policy.repairWait} on, with every condition of {@link CreditPolicy#repairConditions} declared met;
 * the supervisor decides by {@code requestedAt + policy.repairDecisionPeriod}.
 *
 * @param id            the request's id; not blank
 * @param eventId       the event; not blank
 * @param partyId       the party (must be the event's); not blank
 * @param requestedAt   when requested; not null
 * @param conditionsMet the conditions the party declares met; not null, no duplicates
 * @param statement     the party's statement; not blank, at most 2000 characters
 */
public record Repair(String id, String eventId, String partyId, Instant requestedAt, List<RepairCondition> conditionsMet,
                     String statement) {
    /** Validates and copies. */
    public Repair {
        Require.notBlank(id, "id");
        Require.notBlank(eventId, "eventId");
        Require.notBlank(partyId, "partyId");
        Require.notNull(requestedAt, "requestedAt");
        conditionsMet = Require.copyOf(conditionsMet, "conditionsMet");
        Require.that(conditionsMet.stream().distinct().count() == conditionsMet.size(), "conditionsMet", conditionsMet,
                Rule.DUPLICATE, "a condition");
        Require.notBlank(statement, "statement");
        Require.that(statement.length() <= 2000, "statement", statement.length() + " characters", Rule.LIMIT_EXCEEDED,
                "2000 characters");
    }
}
