package org.dataprice.supervision.credit;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 信用档案 — one party's append-only credit history and the workflow over it. The service loads every stored record of
 * the party into a file, calls one workflow method ({@link #record}, {@link #object}, {@link #answer},
 * {@link #requestRepair}, {@link #decide}), which checks the step and returns the file with the record appended, and
 * inserts that one record; nothing is ever changed or removed. {@link #standing} replays the file at any instant.
 *
 * <p>Workflow rules (each refusal names the request's field):
 * <table>
 *   <caption>steps and their rules</caption>
 *   <tr><th>step</th><th>refused when</th><th>rule, field</th></tr>
 *   <tr><td>record an event</td><td>another party's; an id already used</td><td>not-a-party {@code partyId};
 *       duplicate {@code id}</td></tr>
 *   <tr><td>object</td><td>no such event of the party; a positive event; expired or no longer counting; already
 *       objected to; filed before the event</td><td>unknown / invalid-state {@code eventId}</td></tr>
 *   <tr><td>answer</td><td>no such objection; already answered; before filing</td><td>unknown {@code objectionId};
 *       invalid-state {@code status}</td></tr>
 *   <tr><td>request repair</td><td>no such event; a positive event; not counting (expired, withdrawn, repaired); a
 *       request pending; before {@code event.at + repairWait}; a required condition not declared</td><td>unknown /
 *       invalid-state {@code eventId}; invalid-state {@code status}; missing {@code conditionsMet}</td></tr>
 *   <tr><td>decide</td><td>no such request; already decided; before the request</td><td>unknown {@code repairId};
 *       invalid-state {@code status}</td></tr>
 * </table>
 *
 * <p>An event's status at t: {@code EXPIRED} if t &ge; expiresAt; else {@code WITHDRAWN} if an objection to it was
 * upheld by t; else {@code REPAIRED} if its repair was granted by t; else {@code SUSPENDED} if an objection to it is
 * unanswered at t and t is after the objection's deadline; else {@code COUNTED}. The score and level follow
 * {@link CreditPolicy}. A restriction's end is the earliest instant T &gt; t such that, with the events counting at t
 * expiring as scheduled and nothing else changing, the level allows the action at every instant from T on (a positive
 * event's expiry can lower the score again, so "from T on" is checked at every later expiry). Work: O(records log
 * records). Immutable and thread-safe.
 *
 * @param partyId     the party; not blank
 * @param events      its events, in record order; ids unique
 * @param objections  its objections, each to one of its events
 * @param answers     answers, each to one of its objections, at most one per objection
 * @param repairs     its repair requests, each for one of its events
 * @param decisions   decisions, each on one of its repair requests, at most one per request
 */
public record CreditFile(String partyId, List<CreditEvent> events, List<Objection> objections,
                         List<ObjectionAnswer> answers, List<Repair> repairs, List<RepairDecision> decisions) {
    /** Validates the references and copies. */
    public CreditFile {
        Require.notBlank(partyId, "partyId");
        events = Require.copyOf(events, "events");
        objections = Require.copyOf(objections, "objections");
        answers = Require.copyOf(answers, "answers");
        repairs = Require.copyOf(repairs, "repairs");
        decisions = Require.copyOf(decisions, "decisions");
        Map<String, CreditEvent> byId = new HashMap<>();
        for (CreditEvent e : events) {
            Require.that(e.partyId().equals(partyId), "partyId", e.partyId(), Rule.NOT_A_PARTY, "party " + partyId);
            Require.that(byId.put(e.id(), e) == null, "id", e.id(), Rule.DUPLICATE, "an event id");
        }
        Map<String, Objection> objectionIds = new HashMap<>();
        for (Objection o : objections) {
            Require.that(byId.containsKey(o.eventId()), "eventId", o.eventId(), Rule.UNKNOWN, "the party's events");
            Require.that(objectionIds.put(o.id(), o) == null, "id", o.id(), Rule.DUPLICATE, "an objection id");
        }
        Map<String, Boolean> answered = new HashMap<>();
        for (ObjectionAnswer a : answers) {
            Require.that(objectionIds.containsKey(a.objectionId()), "objectionId", a.objectionId(), Rule.UNKNOWN,
                    "the party's objections");
            Require.that(answered.put(a.objectionId(), true) == null, "status", a.objectionId(), Rule.INVALID_STATE,
                    "the objection is already answered");
        }
        Map<String, Repair> repairIds = new HashMap<>();
        for (Repair r : repairs) {
            Require.that(byId.containsKey(r.eventId()), "eventId", r.eventId(), Rule.UNKNOWN, "the party's events");
            Require.that(repairIds.put(r.id(), r) == null, "id", r.id(), Rule.DUPLICATE, "a repair id");
        }
        Map<String, Boolean> decided = new HashMap<>();
        for (RepairDecision d : decisions) {
            Require.that(repairIds.containsKey(d.repairId()), "repairId", d.repairId(), Rule.UNKNOWN,
                    "the party's repair requests");
            Require.that(decided.put(d.repairId(), true) == null, "status", d.repairId(), Rule.INVALID_STATE,
                    "the repair request is already decided");
        }
    }

    /**
     * @param partyId the party
     * @return a file without records
     */
    public static CreditFile empty(String partyId) {
        return new CreditFile(partyId, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * 失信认定 / 守信记录 — appends an event.
     *
     * @param event the event; its party must be the file's
     * @return the file with the event
     */
    public CreditFile record(CreditEvent event) {
        Require.notNull(event, "event");
        return new CreditFile(partyId, append(events, event), objections, answers, repairs, decisions);
    }

    /**
     * 异议 — the party objects to one of its negative events that still counts (or is suspended).
     *
     * @param objection the objection
     * @param policy    the policy
     * @return the file with the objection
     */
    public CreditFile object(Objection objection, CreditPolicy policy) {
        Require.notNull(objection, "objection");
        Require.that(objection.partyId().equals(partyId), "partyId", objection.partyId(), Rule.NOT_A_PARTY,
                "party " + partyId);
        CreditEvent e = event(objection.eventId());
        Require.that(e.kind().negative(), "eventId", e.id(), Rule.INVALID_STATE, "only a negative event can be objected to");
        Require.that(!objection.filedAt().isBefore(e.at()), "eventId", e.id(), Rule.INVALID_STATE,
                "the event is recorded at " + e.at());
        Require.that(objectionTo(e.id()) == null, "eventId", e.id(), Rule.INVALID_STATE,
                "the event has an objection already");
        EventStatus s = status(e, objection.filedAt(), policy);
        Require.that(s == EventStatus.COUNTED || s == EventStatus.SUSPENDED, "eventId", e.id(), Rule.INVALID_STATE,
                "the event no longer counts (" + s + ")");
        return new CreditFile(partyId, events, append(objections, objection), answers, repairs, decisions);
    }

    /**
     * 异议处理 — the supervisor answers an objection.
     *
     * @param answer the answer
     * @return the file with the answer
     */
    public CreditFile answer(ObjectionAnswer answer) {
        Require.notNull(answer, "answer");
        Objection o = objections.stream().filter(x -> x.id().equals(answer.objectionId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("objectionId", answer.objectionId(), Rule.UNKNOWN,
                        "the objections of " + partyId));
        Require.that(answerOf(o.id()) == null, "status", "ANSWERED", Rule.INVALID_STATE,
                "objection " + o.id() + " is already answered");
        Require.that(!answer.at().isBefore(o.filedAt()), "at", answer.at(), Rule.AT_LEAST, o.filedAt());
        return new CreditFile(partyId, events, objections, append(answers, answer), repairs, decisions);
    }

    /**
     * 信用修复申请 — the party asks to repair a counting negative event.
     *
     * @param repair the request
     * @param policy the policy (waiting time, required conditions)
     * @return the file with the request
     */
    public CreditFile requestRepair(Repair repair, CreditPolicy policy) {
        Require.notNull(repair, "repair");
        Require.that(repair.partyId().equals(partyId), "partyId", repair.partyId(), Rule.NOT_A_PARTY, "party " + partyId);
        CreditEvent e = event(repair.eventId());
        Require.that(e.kind().negative(), "eventId", e.id(), Rule.INVALID_STATE, "only a negative event can be repaired");
        EventStatus s = status(e, repair.requestedAt(), policy);
        Require.that(s == EventStatus.COUNTED, "eventId", e.id(), Rule.INVALID_STATE,
                "the event does not count (" + s + ")");
        for (Repair r : repairs) {
            if (r.eventId().equals(e.id()) && decisionOf(r.id()) == null) {
                throw new InvalidInputException("status", "PENDING", Rule.INVALID_STATE,
                        "repair request " + r.id() + " for this event is pending");
            }
        }
        Instant from = e.at().plus(policy.repairWait());
        Require.that(!repair.requestedAt().isBefore(from), "eventId", e.id(), Rule.INVALID_STATE,
                "repair may be requested from " + from + " (policy v" + policy.version() + ": " + policy.repairWait()
                        + " after the event)");
        for (RepairCondition c : policy.repairConditions()) {
            Require.that(repair.conditionsMet().contains(c), "conditionsMet", repair.conditionsMet(), Rule.MISSING);
        }
        return new CreditFile(partyId, events, objections, answers, append(repairs, repair), decisions);
    }

    /**
     * 信用修复决定 — the supervisor decides a repair request.
     *
     * @param decision the decision
     * @return the file with the decision
     */
    public CreditFile decide(RepairDecision decision) {
        Require.notNull(decision, "decision");
        Repair r = repairs.stream().filter(x -> x.id().equals(decision.repairId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("repairId", decision.repairId(), Rule.UNKNOWN,
                        "the repair requests of " + partyId));
        Require.that(decisionOf(r.id()) == null, "status", "DECIDED", Rule.INVALID_STATE,
                "repair request " + r.id() + " is already decided");
        Require.that(!decision.at().isBefore(r.requestedAt()), "at", decision.at(), Rule.AT_LEAST, r.requestedAt());
        return new CreditFile(partyId, events, objections, answers, repairs, append(decisions, decision));
    }

    /**
     * Replays the file at an instant: only records at or before {@code at} are seen.
     *
     * @param at     the instant; not null
     * @param policy the policy; not null
     * @return the standing with its explanation
     */
    public CreditStanding standing(Instant at, CreditPolicy policy) {
        Require.notNull(at, "at");
        Require.notNull(policy, "policy");
        long score = policy.basePoints();
        List<CreditStanding.EventLine> lines = new ArrayList<>();
        TreeMap<Instant, Long> expiring = new TreeMap<>();
        for (CreditEvent e : events) {
            if (e.at().isAfter(at)) {
                continue;
            }
            EventStatus s = status(e, at, policy);
            int counted = s == EventStatus.COUNTED ? e.points() : 0;
            score += counted;
            if (counted != 0) {
                expiring.merge(e.expiresAt(), (long) -counted, Long::sum);
            }
            lines.add(new CreditStanding.EventLine(e.id(), e.kind(), e.points(), e.at(), e.expiresAt(), s, counted,
                    e.reason(), e.reference()));
        }
        StandingLevel level = policy.level(score);
        List<CreditStanding.Restriction> restrictions = new ArrayList<>();
        for (CreditAction action : CreditAction.values()) {
            Instant until = allowedFrom(action, score, expiring, at, policy);
            if (until != null) {
                restrictions.add(new CreditStanding.Restriction(action, until));
            }
        }
        return new CreditStanding(partyId, at, policy.version(), policy.basePoints(), score, level.name(),
                level.depositDiscount(), restrictions, lines, objectionLines(at, policy), repairLines(at, policy));
    }

    /** The earliest instant from which the action stays allowed, or null when it is allowed at {@code at}. */
    private static Instant allowedFrom(CreditAction action, long score, TreeMap<Instant, Long> expiring, Instant at,
                                       CreditPolicy policy) {
        if (policy.level(score).allows(action)) {
            return null;
        }
        Instant lastBlocked = at;
        long s = score;
        for (Map.Entry<Instant, Long> change : expiring.entrySet()) {
            s += change.getValue(); // the events expiring at this instant stop counting
            if (!policy.level(s).allows(action)) {
                lastBlocked = change.getKey();
            }
        }
        // after the last expiry the score is the base, whose level allows every action (CreditPolicy)
        return expiring.higherKey(lastBlocked);
    }

    private List<CreditStanding.ObjectionLine> objectionLines(Instant at, CreditPolicy policy) {
        List<CreditStanding.ObjectionLine> out = new ArrayList<>();
        for (Objection o : objections) {
            if (o.filedAt().isAfter(at)) {
                continue;
            }
            Instant deadline = o.filedAt().plus(policy.objectionAnswerPeriod());
            ObjectionAnswer a = answerOf(o.id());
            boolean answered = a != null && !a.at().isAfter(at);
            out.add(new CreditStanding.ObjectionLine(o.id(), o.eventId(), o.filedAt(), deadline,
                    answered ? a.at() : null, answered ? a.upheld() : null, !answered && at.isAfter(deadline)));
        }
        return out;
    }

    private List<CreditStanding.RepairLine> repairLines(Instant at, CreditPolicy policy) {
        List<CreditStanding.RepairLine> out = new ArrayList<>();
        for (Repair r : repairs) {
            if (r.requestedAt().isAfter(at)) {
                continue;
            }
            Instant deadline = r.requestedAt().plus(policy.repairDecisionPeriod());
            RepairDecision d = decisionOf(r.id());
            boolean decided = d != null && !d.at().isAfter(at);
            out.add(new CreditStanding.RepairLine(r.id(), r.eventId(), r.requestedAt(), deadline,
                    decided ? d.at() : null, decided ? d.granted() : null, !decided && at.isAfter(deadline)));
        }
        return out;
    }

    /**
     * @param e      an event of the file
     * @param at     an instant
     * @param policy the policy (the objection deadline)
     * @return its status at {@code at}
     */
    EventStatus status(CreditEvent e, Instant at, CreditPolicy policy) {
        if (!at.isBefore(e.expiresAt())) {
            return EventStatus.EXPIRED;
        }
        Objection o = objectionTo(e.id());
        ObjectionAnswer a = o == null ? null : answerOf(o.id());
        boolean answered = a != null && !a.at().isAfter(at);
        if (answered && a.upheld()) {
            return EventStatus.WITHDRAWN;
        }
        for (Repair r : repairs) {
            RepairDecision d = r.eventId().equals(e.id()) ? decisionOf(r.id()) : null;
            if (d != null && d.granted() && !d.at().isAfter(at)) {
                return EventStatus.REPAIRED;
            }
        }
        if (o != null && !o.filedAt().isAfter(at) && !answered && at.isAfter(o.filedAt().plus(policy.objectionAnswerPeriod()))) {
            return EventStatus.SUSPENDED;
        }
        return EventStatus.COUNTED;
    }

    private CreditEvent event(String id) {
        for (CreditEvent e : events) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new InvalidInputException("eventId", id, Rule.UNKNOWN, "the events of " + partyId);
    }

    private Objection objectionTo(String eventId) {
        for (Objection o : objections) {
            if (o.eventId().equals(eventId)) {
                return o;
            }
        }
        return null;
    }

    private ObjectionAnswer answerOf(String objectionId) {
        for (ObjectionAnswer a : answers) {
            if (a.objectionId().equals(objectionId)) {
                return a;
            }
        }
        return null;
    }

    private RepairDecision decisionOf(String repairId) {
        for (RepairDecision d : decisions) {
            if (d.repairId().equals(repairId)) {
                return d;
            }
        }
        return null;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
