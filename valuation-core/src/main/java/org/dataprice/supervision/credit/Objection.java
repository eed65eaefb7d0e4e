package org.dataprice.supervision.credit;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.Instant;

/**
 * 异议 — a party's objection to one of its negative credit events. The supervisor must answer by
 * {@code filedAt + policy.objectionAnswerPeriod}; an objection still unanswered after that suspends the event (it stops
 * counting) until it is answered (国办发〔2020〕49号 on the right to object and the duty to handle objections in time).
 *
 * @param id      the objection's id; not blank
 * @param eventId the event objected to; not blank
 * @param partyId the objecting party (must be the event's); not blank
 * @param filedAt when filed; not null
 * @param grounds the grounds; not blank, at most 2000 characters
 */
public record Objection(String id, String eventId, String partyId, Instant filedAt, String grounds) {
    /** Validates. */
    public Objection {
        Require.notBlank(id, "id");
        Require.notBlank(eventId, "eventId");
        Require.notBlank(partyId, "partyId");
        Require.notNull(filedAt, "filedAt");
        Require.notBlank(grounds, "grounds");
        Require.that(grounds.length() <= 2000, "grounds", grounds.length() + " characters", Rule.LIMIT_EXCEEDED,
                "2000 characters");
    }
}
