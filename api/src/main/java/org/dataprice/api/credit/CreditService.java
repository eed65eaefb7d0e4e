package org.dataprice.api.credit;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.json.StoredJson;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.supervision.credit.CreditAction;
import org.dataprice.supervision.credit.CreditEvent;
import org.dataprice.supervision.credit.CreditFile;
import org.dataprice.supervision.credit.CreditPolicy;

import java.time.Clock;
import java.time.Instant;

/**
 * Market credit: load a party's file from {@code credit_record}, call one step of the core's {@link CreditFile}
 * workflow, insert the one new record with its {@link Ledger#CREDIT_RECORDS} entry in the same transaction, answer
 * with the party's standing. Steps that may happen once (an objection per event, an answer per objection, a decision
 * per request, the n-th repair request of an event) carry a unique {@code once_key}: of two concurrent writers one
 * wins, the other is retried and refused by the core. Objections and repair requests are the event's party's own;
 * a caller naming someone else's event gets 404, as for an unknown id. The market workflow calls {@link #require}
 * before listing, bidding and negotiating.
 */
@Singleton
public class CreditService {
    private final CreditRecordRepository records;
    private final StoredJson json;
    private final Transactions tx;
    private final LedgerChain chain;
    private final Clock clock;
    private final CreditPolicy policy;

    /**
     * @param records       the credit records
     * @param json          the stored-document JSON
     * @param tx            transactions
     * @param chain         the ledger chain
     * @param clock         the service clock
     * @param configuration the policy's periods (checked here, at start-up of the bean)
     */
    public CreditService(CreditRecordRepository records, StoredJson json, Transactions tx, LedgerChain chain,
                         Clock clock, CreditConfiguration configuration) {
        this.records = records;
        this.json = json;
        this.tx = tx;
        this.chain = chain;
        this.clock = clock;
        this.policy = configuration.policy();
    }

    /**
     * 失信认定 / 守信记录: records an event of a party.
     *
     * @param request    the event
     * @param supervisor the caller
     * @return the record and the party's standing after it
     */
    public CreditResponses.Recorded recordEvent(CreditRequests.Event request, String supervisor) {
        Instant now = now();
        String id = RecordIds.nextId(clock);
        CreditEvent event = new CreditEvent(id, request.partyId(), request.kind(), request.points(), now,
                request.expiresAt(), request.reason(), request.reference());
        return tx.write(() -> {
            CreditFile after = file(request.partyId()).record(event);
            return save(after, new CreditRecordRow(id, request.partyId(), CreditRecordKind.EVENT.name(), null, null,
                    json.write(request), now, supervisor), null);
        });
    }

    /**
     * 异议: the event's party objects.
     *
     * @param eventId the event
     * @param request the grounds
     * @param caller  the caller; must be the event's party (else 404)
     * @return the objection with its deadline, and the standing
     */
    public CreditResponses.Recorded object(String eventId, CreditRequests.Objection request, String caller) {
        Instant now = now();
        String id = RecordIds.nextId(clock);
        return tx.write(() -> {
            CreditRecordRow event = own(eventId, caller);
            CreditRecordRow row = new CreditRecordRow(id, event.partyId(), CreditRecordKind.OBJECTION.name(), eventId,
                    "OBJECTION:" + eventId, json.write(request), now, caller);
            CreditFile after = file(event.partyId()).object(CreditMapper.objection(row, request), policy);
            return save(after, row, now.plus(policy.objectionAnswerPeriod()));
        });
    }

    /**
     * 异议处理: a supervisor answers an objection.
     *
     * @param objectionId the objection
     * @param request     the answer
     * @param supervisor  the caller
     * @return the answer and the standing
     */
    public CreditResponses.Recorded answer(String objectionId, CreditRequests.Answer request, String supervisor) {
        Instant now = now();
        String id = RecordIds.nextId(clock);
        return tx.write(() -> {
            CreditRecordRow objection = row(objectionId, CreditRecordKind.OBJECTION, "objection");
            CreditRecordRow row = new CreditRecordRow(id, objection.partyId(), CreditRecordKind.ANSWER.name(),
                    objectionId, "ANSWER:" + objectionId, json.write(request), now, supervisor);
            CreditFile after = file(objection.partyId()).answer(CreditMapper.answer(row, request));
            return save(after, row, null);
        });
    }

    /**
     * 信用修复申请: the event's party asks for repair.
     *
     * @param eventId the event
     * @param request the conditions met and the statement
     * @param caller  the caller; must be the event's party (else 404)
     * @return the request with its decision deadline, and the standing
     */
    public CreditResponses.Recorded requestRepair(String eventId, CreditRequests.Repair request, String caller) {
        Instant now = now();
        String id = RecordIds.nextId(clock);
        return tx.write(() -> {
            CreditRecordRow event = own(eventId, caller);
            long n = records.countBySubjectIdAndKind(eventId, CreditRecordKind.REPAIR.name()) + 1;
            CreditRecordRow row = new CreditRecordRow(id, event.partyId(), CreditRecordKind.REPAIR.name(), eventId,
                    "REPAIR:" + eventId + ":" + n, json.write(request), now, caller);
            CreditFile after = file(event.partyId()).requestRepair(CreditMapper.repair(row, request), policy);
            return save(after, row, now.plus(policy.repairDecisionPeriod()));
        });
    }

    /**
     * 信用修复决定: a supervisor decides a repair request.
     *
     * @param repairId   the request
     * @param request    the decision
     * @param supervisor the caller
     * @return the decision and the standing
     */
    public CreditResponses.Recorded decide(String repairId, CreditRequests.Decision request, String supervisor) {
        Instant now = now();
        String id = RecordIds.nextId(clock);
        return tx.write(() -> {
            CreditRecordRow repair = row(repairId, CreditRecordKind.REPAIR, "repair request");
            CreditRecordRow row = new CreditRecordRow(id, repair.partyId(), CreditRecordKind.DECISION.name(), repairId,
                    "DECISION:" + repairId, json.write(request), now, supervisor);
            CreditFile after = file(repair.partyId()).decide(CreditMapper.decision(row, request));
            return save(after, row, null);
        });
    }

    /**
     * A party's standing with its explanation; a party reads its own, a supervisor anyone's (others get 404).
     *
     * @param partyId    the party
     * @param at         the instant, or null for now
     * @param caller     the caller
     * @param supervisor whether the caller holds SUPERVISOR
     * @return the standing
     */
    public CreditResponses.Standing standing(String partyId, Instant at, String caller, boolean supervisor) {
        if (!supervisor && !partyId.equals(caller)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No credit file of " + partyId + " visible to the caller");
        }
        Instant when = at == null ? now() : at;
        return tx.read(() -> CreditMapper.toResponse(file(partyId).standing(when, policy)));
    }

    /**
     * 失信惩戒: refuses an action a party's standing restricts now (422 {@code restricted} on {@code field}, naming the
     * end of the restriction). Part of the caller's transaction (the listing, bid or negotiation being written).
     *
     * @param partyId the party acting
     * @param action  the action
     * @param field   the field naming the party ({@code sellerId}, {@code buyerId}, {@code bidderId})
     */
    public void require(String partyId, CreditAction action, String field) {
        Instant now = now();
        tx.joined(() -> {
            file(partyId).standing(now, policy).require(action, field);
            return null;
        });
    }

    private CreditFile file(String partyId) {
        return CreditMapper.toFile(partyId, records.file(partyId), json);
    }

    private CreditResponses.Recorded save(CreditFile after, CreditRecordRow row, Instant deadline) {
        records.save(row);
        chain.append(Ledger.CREDIT_RECORDS, row.id());
        return new CreditResponses.Recorded(row.id(), row.partyId(), CreditRecordKind.valueOf(row.kind()),
                row.subjectId(), row.recordedAt(), row.recordedBy(), deadline,
                CreditMapper.toResponse(after.standing(row.recordedAt(), policy)));
    }

    private CreditRecordRow own(String eventId, String caller) {
        CreditRecordRow event = row(eventId, CreditRecordKind.EVENT, "credit event");
        if (!event.partyId().equals(caller)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No credit event " + eventId + " of the caller");
        }
        return event;
    }

    private CreditRecordRow row(String id, CreditRecordKind kind, String noun) {
        return records.findByIdAndKind(id, kind.name())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No " + noun + " with id " + id));
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
