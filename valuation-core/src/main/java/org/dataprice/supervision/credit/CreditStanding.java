package org.dataprice.supervision.credit;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A party's market credit at an instant, with its explanation: the score, the level, the incentive, the restrictions
 * with their end, and one line per event recorded by then (its points, expiry, status and the points it counts), per
 * objection (its deadline) and per repair request (its deadline and decision).
 *
 * <p>{@code score == basePoints + Σ events[i].counted} (checked by {@code CreditFileTest}).
 *
 * @param partyId         the party
 * @param at              the instant
 * @param policyVersion   the policy's version
 * @param basePoints      the policy's base score
 * @param score           the score
 * @param level           the level's name
 * @param depositDiscount the level's deposit discount
 * @param restrictions    the actions not allowed, with the instant from which they will be (no new events assumed)
 * @param events          the events recorded at or before {@code at}, in record order
 * @param objections      the objections filed at or before {@code at}
 * @param repairs         the repair requests made at or before {@code at}
 */
public record CreditStanding(String partyId, Instant at, int policyVersion, int basePoints, long score, String level,
                             BigDecimal depositDiscount, List<Restriction> restrictions, List<EventLine> events,
                             List<ObjectionLine> objections, List<RepairLine> repairs) {
    /** Copies. */
    public CreditStanding {
        restrictions = List.copyOf(restrictions);
        events = List.copyOf(events);
        objections = List.copyOf(objections);
        repairs = List.copyOf(repairs);
    }

    /**
     * An action the standing does not allow.
     *
     * @param action the action
     * @param until  from when it is allowed again if no new event is recorded (the events' expiries)
     */
    public record Restriction(CreditAction action, Instant until) {
    }

    /**
     * One event in the explanation.
     *
     * @param eventId   the event
     * @param kind      its kind
     * @param points    its points
     * @param recordedAt when recorded
     * @param expiresAt when it stops counting
     * @param status    its status at the standing's instant
     * @param counted   the points it adds to the score (its points when {@code COUNTED}, else 0)
     * @param reason    the event's reason
     * @param reference what it rests on, or null
     */
    public record EventLine(String eventId, CreditEventKind kind, int points, Instant recordedAt, Instant expiresAt,
                            EventStatus status, int counted, String reason, String reference) {
    }

    /**
     * One objection in the explanation.
     *
     * @param objectionId the objection
     * @param eventId     the event
     * @param filedAt     when filed
     * @param deadline    the answer is due by then
     * @param answeredAt  when answered (at or before the standing's instant), or null
     * @param upheld      whether upheld; null while unanswered
     * @param overdue     unanswered after the deadline
     */
    public record ObjectionLine(String objectionId, String eventId, Instant filedAt, Instant deadline,
                                Instant answeredAt, Boolean upheld, boolean overdue) {
    }

    /**
     * One repair request in the explanation.
     *
     * @param repairId  the request
     * @param eventId   the event
     * @param requestedAt when requested
     * @param deadline  the decision is due by then
     * @param decidedAt when decided (at or before the standing's instant), or null
     * @param granted   whether granted; null while undecided
     * @param overdue   undecided after the deadline
     */
    public record RepairLine(String repairId, String eventId, Instant requestedAt, Instant deadline, Instant decidedAt,
                             Boolean granted, boolean overdue) {
    }

    /**
     * @param action an action
     * @return the restriction of that action, or null when it is allowed
     */
    public Restriction restriction(CreditAction action) {
        for (Restriction r : restrictions) {
            if (r.action() == action) {
                return r;
            }
        }
        return null;
    }

    /**
     * Enforces a restriction (失信惩戒): 422 {@code restricted} on {@code field}, naming the end of the restriction and
     * the standing that imposes it.
     *
     * @param action the action the party attempts
     * @param field  the field naming the party, e.g. {@code sellerId} or {@code bidderId}
     * @throws InvalidInputException when the action is restricted
     */
    public void require(CreditAction action, String field) {
        Restriction r = restriction(action);
        if (r != null) {
            throw new InvalidInputException(field, partyId, Rule.RESTRICTED, r.until(),
                    action + " not allowed at credit level " + level + " (score " + score + ", policy v" + policyVersion
                            + "); see GET /v1/supervision/credit/parties/" + partyId);
        }
    }
}
