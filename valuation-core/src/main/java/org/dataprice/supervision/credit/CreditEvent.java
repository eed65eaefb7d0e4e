package org.dataprice.supervision.credit;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.Instant;

/**
 * A credit event (信用事件) of one party: points that count from {@code at} until {@code expiresAt} (exclusive) unless
 * withdrawn on objection, suspended by an unanswered objection or repaired.
 *
 * @param id        the event's id; not blank
 * @param partyId   the party; not blank
 * @param kind      the kind; not null
 * @param points    the points: &lt; 0 for {@link CreditEventKind#VIOLATION} and {@link CreditEventKind#CONFIRMED_ALERT},
 *                  &gt; 0 for {@link CreditEventKind#GOOD_STANDING}; |points| &le; {@link #MAX_POINTS}
 * @param at        when it was recorded; not null
 * @param expiresAt when it stops counting; after {@code at}
 * @param reason    why, for the party to read; not blank, at most 500 characters
 * @param reference what it rests on (an alert id, a deal id, a decision number), or null
 */
public record CreditEvent(String id, String partyId, CreditEventKind kind, int points, Instant at, Instant expiresAt,
                          String reason, String reference) {
    /** The largest magnitude of one event's points. */
    public static final int MAX_POINTS = 1000;

    /** Validates. */
    public CreditEvent {
        Require.notBlank(id, "id");
        Require.notBlank(partyId, "partyId");
        Require.notNull(kind, "kind");
        Require.that(kind.negative() ? points < 0 : points > 0, "points", points, Rule.OUT_OF_RANGE,
                kind.negative() ? "[-" + MAX_POINTS + ", -1] for " + kind : "[1, " + MAX_POINTS + "] for " + kind);
        Require.that(Math.abs(points) <= MAX_POINTS, "points", points, Rule.OUT_OF_RANGE,
                "[-" + MAX_POINTS + ", " + MAX_POINTS + "]");
        Require.notNull(at, "at");
        Require.notNull(expiresAt, "expiresAt");
        Require.that(expiresAt.isAfter(at), "expiresAt", expiresAt, Rule.GREATER_THAN, at);
        Require.notBlank(reason, "reason");
        Require.that(reason.length() <= 500, "reason", reason.length() + " characters", Rule.LIMIT_EXCEEDED,
                "500 characters");
        Require.that(reference == null || (!reference.isBlank() && reference.length() <= 200), "reference", reference,
                Rule.INVALID_FORMAT, "1 to 200 characters");
    }
}
