package org.dataprice.api.supervision;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.workflow.AlertStatus;
import org.dataprice.supervision.workflow.AlertWorkflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 预警 — the stored alerts and their workflow. {@link #store} writes the alerts a check, scan or screen raised, each
 * once (an alert whose fingerprint is stored is not stored again), with its OPEN event, inside the caller's
 * transaction; {@link #transition} appends one workflow event after {@link AlertWorkflow#next} allowed it. Every row
 * is appended to its ledger in the inserting transaction.
 */
@Singleton
public class AlertService {
    /** The principal recorded as the actor of the OPEN event of every raised alert. */
    public static final String MONITOR = "monitor";
    /** The largest page of alerts. */
    public static final int MAX_PAGE_SIZE = 500;

    private final AlertRepository alerts;
    private final AlertEventRepository events;
    private final LedgerChain chain;
    private final Transactions tx;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param alerts the alerts
     * @param events their events
     * @param chain  the ledger chain
     * @param tx     transactions
     * @param json   the JSON mapper
     * @param clock  the clock
     */
    public AlertService(AlertRepository alerts, AlertEventRepository events, LedgerChain chain, Transactions tx,
                        JsonMapper json, Clock clock) {
        this.alerts = alerts;
        this.events = events;
        this.chain = chain;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores raised alerts, each once, in the caller's transaction.
     *
     * @param raised the alerts
     * @param source DEAL, SCAN, PATTERN or CONCENTRATION
     * @param dealId the deal checked as recorded (source DEAL), else null
     * @return each alert's stored id and whether it was stored now
     */
    public List<SupervisionJson.FoundAlert> store(List<Alert> raised, String source, String dealId) {
        return tx.joined(() -> {
            List<SupervisionJson.FoundAlert> out = new ArrayList<>(raised.size());
            Instant now = ServiceClock.now(clock);
            for (Alert a : raised) {
                String fingerprint = SupervisionMapper.fingerprint(a);
                AlertRow existing = alerts.findByFingerprint(fingerprint).orElse(null);
                if (existing != null) {
                    out.add(new SupervisionJson.FoundAlert(existing.id(), a.ruleId(), a.severity(), a.subject(), false));
                    continue;
                }
                AlertRow row = alerts.save(new AlertRow(RecordIds.nextId(clock), fingerprint, a.ruleId(),
                        a.rule().version(), a.severity().name(), source, a.subject(), dealId,
                        write(a.evidenceIds()), write(SupervisionMapper.figures(a.figures())),
                        write(ExplanationResponse.from(a.explanation())), now));
                chain.append(Ledger.SUPERVISION_ALERTS, row.id());
                AlertEventRow opened = events.save(new AlertEventRow(RecordIds.nextId(clock), row.id(), 1,
                        AlertStatus.OPEN.name(), null, MONITOR, now));
                chain.append(Ledger.SUPERVISION_ALERT_EVENTS, opened.id());
                out.add(new SupervisionJson.FoundAlert(row.id(), a.ruleId(), a.severity(), a.subject(), true));
            }
            return out;
        });
    }

    /** One page of alerts and the number of all matching ones. */
    public record Page(List<SupervisionJson.AlertResponse> alerts, long total) {
    }

    /**
     * @param severity only this severity, or null
     * @param ruleId   only this rule, or null
     * @param dealId   only alerts on this deal, or null
     * @param status   only alerts now in this status, or null
     * @param from     raised at or after, or null
     * @param to       raised before, or null
     * @param page     page from 0
     * @param size     1..{@link #MAX_PAGE_SIZE}
     * @return the page, newest first
     */
    public Page page(Severity severity, String ruleId, String dealId, AlertStatus status, Instant from, Instant to,
                     int page, int size) {
        return tx.read(() -> {
            String sev = severity == null ? null : severity.name();
            String st = status == null ? null : status.name();
            long total = alerts.countMatching(sev, ruleId, dealId, st, from, to);
            List<SupervisionJson.AlertResponse> rows = alerts.search(sev, ruleId, dealId, st, from, to, size,
                    (long) page * size).stream().map(this::response).toList();
            return new Page(rows, total);
        });
    }

    /** @return per severity, the stored alerts not closed */
    public java.util.Map<Severity, Long> openBySeverity() {
        return tx.read(() -> {
            java.util.Map<Severity, Long> out = new java.util.EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                out.put(s, alerts.countMatching(s.name(), null, null, null, null, null)
                        - alerts.countMatching(s.name(), null, null, AlertStatus.CLOSED.name(), null, null));
            }
            return out;
        });
    }

    /**
     * @param id an alert
     * @return it with its workflow; 404 when unknown
     */
    public SupervisionJson.AlertResponse find(String id) {
        return tx.read(() -> response(row(id)));
    }

    /**
     * Moves an alert through its workflow.
     *
     * @param id      the alert
     * @param request the status to enter and the reason
     * @param actor   the supervisor
     * @return the alert after the move
     */
    public SupervisionJson.AlertResponse transition(String id, SupervisionJson.TransitionRequest request,
                                                    String actor) {
        return tx.write(() -> {
            AlertRow alert = row(id);
            List<AlertEventRow> log = events.findByAlertIdOrderBySeq(id);
            AlertEventRow last = log.get(log.size() - 1);
            AlertStatus to = AlertWorkflow.next(AlertStatus.valueOf(last.status()), request.status(), request.reason());
            String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason();
            AlertEventRow event = events.save(new AlertEventRow(RecordIds.nextId(clock), id, last.seq() + 1,
                    to.name(), reason, actor, ServiceClock.now(clock)));
            chain.append(Ledger.SUPERVISION_ALERT_EVENTS, event.id());
            return response(alert);
        });
    }

    private AlertRow row(String id) {
        return alerts.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No alert with id " + id));
    }

    private SupervisionJson.AlertResponse response(AlertRow row) {
        List<SupervisionJson.AlertEventJson> log = events.findByAlertIdOrderBySeq(row.id()).stream()
                .map(e -> new SupervisionJson.AlertEventJson(e.seq(), AlertStatus.valueOf(e.status()), e.reason(),
                        e.actor(), e.at())).toList();
        return new SupervisionJson.AlertResponse(row.id(), row.ruleId(), row.ruleVersion(),
                Severity.valueOf(row.severity()), row.source(), row.subject(), row.dealId(),
                read(row.evidenceJson(), Argument.listOf(String.class)),
                read(row.figuresJson(), Argument.listOf(ExplanationResponse.QuantityResponse.class)),
                read(row.explanationJson(), Argument.of(ExplanationResponse.class)), row.raisedAt(),
                log.get(log.size() - 1).status(), log);
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored alert JSON unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
