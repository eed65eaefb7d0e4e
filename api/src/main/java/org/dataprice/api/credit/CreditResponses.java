package org.dataprice.api.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.supervision.credit.CreditAction;
import org.dataprice.supervision.credit.CreditEventKind;
import org.dataprice.supervision.credit.EventStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The answers of the credit endpoints. */
public final class CreditResponses {
    private CreditResponses() {
    }

    /**
     * A stored credit record and the party's standing after it.
     *
     * @param id         the record's id (an event, objection, answer, repair request or decision)
     * @param partyId    the party
     * @param kind       EVENT, OBJECTION, ANSWER, REPAIR or DECISION
     * @param subjectId  the event, objection or repair request it refers to; null for an event
     * @param recordedAt when recorded
     * @param recordedBy the caller
     * @param deadline   OBJECTION: the answer is due by then; REPAIR: the decision is due by then; else null
     * @param standing   the party's standing right after the record
     */
    @Serdeable
    public record Recorded(String id, String partyId, CreditRecordKind kind, @Nullable String subjectId,
                           Instant recordedAt, String recordedBy, @Nullable Instant deadline, Standing standing) {
    }

    /**
     * A party's standing at an instant with its explanation (core {@code CreditStanding}): score = basePoints + Σ
     * events[i].counted.
     *
     * @param partyId         the party
     * @param at              the instant
     * @param policyVersion   the credit policy's version
     * @param basePoints      the base score
     * @param score           the score
     * @param level           the standing level
     * @param depositDiscount the level's deposit discount (incentive), a fraction
     * @param restrictions    actions not allowed and from when they will be (no new events assumed)
     * @param events          every event recorded by then: points, expiry, status, points counted
     * @param objections      objections with their deadlines
     * @param repairs         repair requests with their deadlines
     */
    @Serdeable
    public record Standing(String partyId, Instant at, int policyVersion, int basePoints, long score, String level,
                           BigDecimal depositDiscount, List<Restriction> restrictions, List<EventLine> events,
                           List<ObjectionLine> objections, List<RepairLine> repairs) {
    }

    /**
     * @param action LISTING or BIDDING
     * @param until  allowed again from then
     */
    @Serdeable
    public record Restriction(CreditAction action, Instant until) {
    }

    /**
     * @param eventId    the event
     * @param kind       its kind
     * @param points     its points
     * @param recordedAt when recorded
     * @param expiresAt  when it stops counting
     * @param status     COUNTED, EXPIRED, WITHDRAWN, REPAIRED or SUSPENDED
     * @param counted    the points it adds now
     * @param reason     why it was recorded
     * @param reference  what it rests on
     */
    @Serdeable
    public record EventLine(String eventId, CreditEventKind kind, int points, Instant recordedAt, Instant expiresAt,
                            EventStatus status, int counted, String reason, @Nullable String reference) {
    }

    /**
     * @param objectionId the objection
     * @param eventId     the event
     * @param filedAt     when filed
     * @param deadline    the answer is due by then
     * @param answeredAt  when answered, or null
     * @param upheld      whether upheld, null while unanswered
     * @param overdue     unanswered after the deadline (the event is suspended)
     */
    @Serdeable
    public record ObjectionLine(String objectionId, String eventId, Instant filedAt, Instant deadline,
                                @Nullable Instant answeredAt, @Nullable Boolean upheld, boolean overdue) {
    }

    /**
     * @param repairId    the repair request
     * @param eventId     the event
     * @param requestedAt when requested
     * @param deadline    the decision is due by then
     * @param decidedAt   when decided, or null
     * @param granted     whether granted, null while undecided
     * @param overdue     undecided after the deadline
     */
    @Serdeable
    public record RepairLine(String repairId, String eventId, Instant requestedAt, Instant deadline,
                             @Nullable Instant decidedAt, @Nullable Boolean granted, boolean overdue) {
    }
}
