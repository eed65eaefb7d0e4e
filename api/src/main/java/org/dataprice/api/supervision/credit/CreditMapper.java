package org.dataprice.api.supervision.credit;

import io.micronaut.core.type.Argument;
import org.dataprice.api.supervision.SupervisionStoredJson;
import org.dataprice.supervision.credit.CreditEvent;
import org.dataprice.supervision.credit.CreditFile;
import org.dataprice.supervision.credit.CreditStanding;
import org.dataprice.supervision.credit.Objection;
import org.dataprice.supervision.credit.ObjectionAnswer;
import org.dataprice.supervision.credit.Repair;
import org.dataprice.supervision.credit.RepairDecision;

import java.util.ArrayList;
import java.util.List;

/** Maps stored credit records to the core's {@link CreditFile} and the core's standing to JSON. Stateless. */
final class CreditMapper {
    private CreditMapper() {
    }

    /**
     * @param partyId the party
     * @param rows    its records in record order
     * @param json    the stored-document JSON
     * @return its file as stored
     */
    static CreditFile toFile(String partyId, List<CreditRecordRow> rows, SupervisionStoredJson json) {
        List<CreditEvent> events = new ArrayList<>();
        List<Objection> objections = new ArrayList<>();
        List<ObjectionAnswer> answers = new ArrayList<>();
        List<Repair> repairs = new ArrayList<>();
        List<RepairDecision> decisions = new ArrayList<>();
        for (CreditRecordRow r : rows) {
            switch (CreditRecordKind.valueOf(r.kind())) {
                case EVENT -> {
                    CreditRequests.Event b = json.read(r.bodyJson(), Argument.of(CreditRequests.Event.class));
                    events.add(new CreditEvent(r.id(), partyId, b.kind(), b.points(), r.recordedAt(), b.expiresAt(),
                            b.reason(), b.reference()));
                }
                case OBJECTION -> objections.add(objection(r, json.read(r.bodyJson(),
                        Argument.of(CreditRequests.Objection.class))));
                case ANSWER -> answers.add(answer(r, json.read(r.bodyJson(), Argument.of(CreditRequests.Answer.class))));
                case REPAIR -> repairs.add(repair(r, json.read(r.bodyJson(), Argument.of(CreditRequests.Repair.class))));
                case DECISION -> decisions.add(decision(r, json.read(r.bodyJson(),
                        Argument.of(CreditRequests.Decision.class))));
                default -> throw new IllegalStateException(r.kind());
            }
        }
        return new CreditFile(partyId, events, objections, answers, repairs, decisions);
    }

    static Objection objection(CreditRecordRow r, CreditRequests.Objection b) {
        return new Objection(r.id(), r.subjectId(), r.partyId(), r.recordedAt(), b.grounds());
    }

    static ObjectionAnswer answer(CreditRecordRow r, CreditRequests.Answer b) {
        return new ObjectionAnswer(r.subjectId(), r.recordedAt(), b.upheld(), b.reason(), r.recordedBy());
    }

    static Repair repair(CreditRecordRow r, CreditRequests.Repair b) {
        return new Repair(r.id(), r.subjectId(), r.partyId(), r.recordedAt(), b.conditionsMet(), b.statement());
    }

    static RepairDecision decision(CreditRecordRow r, CreditRequests.Decision b) {
        return new RepairDecision(r.subjectId(), r.recordedAt(), b.granted(), b.reason(), r.recordedBy());
    }

    /**
     * @param s a core standing
     * @return its JSON
     */
    static CreditResponses.Standing toResponse(CreditStanding s) {
        return new CreditResponses.Standing(s.partyId(), s.at(), s.policyVersion(), s.basePoints(), s.score(), s.level(),
                s.depositDiscount(),
                s.restrictions().stream().map(r -> new CreditResponses.Restriction(r.action(), r.until())).toList(),
                s.events().stream().map(e -> new CreditResponses.EventLine(e.eventId(), e.kind(), e.points(),
                        e.recordedAt(), e.expiresAt(), e.status(), e.counted(), e.reason(), e.reference())).toList(),
                s.objections().stream().map(o -> new CreditResponses.ObjectionLine(o.objectionId(), o.eventId(),
                        o.filedAt(), o.deadline(), o.answeredAt(), o.upheld(), o.overdue())).toList(),
                s.repairs().stream().map(r -> new CreditResponses.RepairLine(r.repairId(), r.eventId(), r.requestedAt(),
                        r.deadline(), r.decidedAt(), r.granted(), r.overdue())).toList());
    }
}
