package org.dataprice.supervision.credit;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.Instant;

/**
 * The supervisor's answer to an {@link Objection}: upheld (the event is withdrawn from {@code at} on) or rejected (the
 * event counts again, if it was suspended).
 *
 * @param objectionId the objection; not blank
 * @param at          when answered; not null
 * @param upheld      whether the objection is upheld
 * @param reason      the reasons; not blank, at most 2000 characters
 * @param answeredBy  the supervisor; not blank
 */
public record ObjectionAnswer(String objectionId, Instant at, boolean upheld, String reason, String answeredBy) {
    /** Validates. */
    public ObjectionAnswer {
        Require.notBlank(objectionId, "objectionId");
        Require.notNull(at, "at");
        Require.notBlank(reason, "reason");
        Require.that(reason.length() <= 2000, "reason", reason.length() + " characters", Rule.LIMIT_EXCEEDED,
                "2000 characters");
        Require.notBlank(answeredBy, "answeredBy");
    }
}
