package org.dataprice.api.valuation;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.document.DocumentFormat;
import org.dataprice.api.document.IssuedDocument;
import org.dataprice.api.document.IssuedDocuments;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.transaction.WriteConflicts;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.appraisal.report.chart.ReportCharts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import org.dataprice.money.Money;
import org.dataprice.page.PageRequest;
import org.dataprice.pricing.band.CitedValuation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Creates, stores and reads valuations. A valuation is computed ({@link Appraisal#run}) and stored —
 * engagement and report, one INSERT — before the caller is answered; rows are never changed afterwards.
 * The report is issued with it as documents that never change ({@link IssuedDocuments}): the canonical JSON
 * snapshot, the HTML and the cash-flow CSV of revision 1 are stored in the same transaction, the PDF is laid out
 * from the issued HTML on first request and kept; every later read answers those bytes, whatever library the
 * service runs. Re-running the engagement with a newer library is an explicit new revision ({@link #reissue}). Each
 * revision's HTML (and so its PDF) charts the reconciliation weights and the latest sensitivity and Monte Carlo runs
 * stored with the valuation when it is issued ({@link ValuationAnalysisService}); a run stored later shows in the next
 * revision only. That next revision is issued by the run itself when an analysis job stored it
 * ({@link #issueAfterAnalysis}, in the job's last transaction); a synchronous run waits for an explicit re-issue.
 */
@Singleton
public class ValuationService {
    /** The {@code subject_kind} of valuation reports in {@code issued_document}. */
    public static final String SUBJECT = "valuation";
    /** The reason recorded with revision 1 of a new valuation. */
    public static final String FIRST_ISSUE = "issued with the valuation";
    /** The reason recorded with revision 1 of a valuation stored before documents were kept (migration V48). */
    public static final String OLDER_VALUATION = "first issue of a valuation stored before issued documents were kept";
    private static final String JSON_RENDERER = "ReportResponse/1";
    private static final String HTML_RENDERER = "ReportTemplates/thymeleaf/";
    private static final String CSV_RENDERER = "CashFlowSchedule.toCsv/";

    private final StoredValuationRepository repository;
    private final JsonMapper json;
    private final ReportTemplates html;
    private final ReportPdfRenderer pdf;
    private final Transactions transactions;
    private final LedgerChain chain;
    private final IssuedDocuments documents;
    private final Clock clock;
    private final StoredAnalysisRepository analyses;
    private final ValuationRegistry registry;

    /**
     * @param repository the store
     * @param json       JSON mapper
     * @param pdf        the PDF renderer
     * @param templates  the report templates (HTML)
     * @param transactions  the service's transactions
     * @param chain         the ledger chain (every valuation is a record of the valuations ledger)
     * @param documents     the issued documents (every report rendering handed out)
     * @param clock         the service clock
     * @param analyses      the stored analyses (the latest of each kind is charted in a new revision)
     * @param registry      the data-asset registry (a valuation may cite a registration)
     */
    public ValuationService(StoredValuationRepository repository, JsonMapper json, ReportPdfRenderer pdf, ReportTemplates templates,
                            Transactions transactions, LedgerChain chain,
                            IssuedDocuments documents, Clock clock, StoredAnalysisRepository analyses,
                            ValuationRegistry registry) {
        this.registry = registry;
        this.analyses = analyses;
        this.documents = documents;
        this.clock = clock;
        this.transactions = transactions;
        this.chain = chain;
        this.repository = repository;
        this.json = json;
        this.pdf = pdf;
        this.html = templates;
    }

    /**
     * Runs and stores an engagement.
     *
     * @param request   the engagement
     * @param principal the caller
     * @return the stored valuation
     */
    public ValuationResponse create(ValuationRequest request, String principal) {
        if (request.registrationId() != null) {
            registry.requireCitable(request.registrationId(), request.valuationDate());
        }
        ValuationReport report = Appraisal.DEFAULT.run(ValuationMapper.toNewModel(request));
        ReportResponse body = ValuationMapper.toResponse(report);
        Instant now = now();
        String id = RecordIds.nextId(now);
        StoredValuation row = new StoredValuation(id, request.reference(), write(request), write(body), report.inputHash(),
                report.libraryVersion(), report.conclusion().value().amount(), report.conclusion().value().currency().getCurrencyCode(),
                now, principal);
        String reportJson = row.reportJson();
        // a new id has no stored analyses yet: its charts are the reconciliation weights alone (no two look-ups)
        List<IssuedDocuments.Rendering> renderings = renderings(request.registrationId(), report,
                ReportChartsMapper.charts(report, null, null), reportJson, now);
        transactions.write(() -> {
            repository.save(row);
            chain.append(Ledger.VALUATIONS, id);
            if (request.registrationId() != null) {
                registry.cite(id, request.registrationId(), principal, now);
            }
            return documents.issueIn(new IssuedDocuments.Issue(SUBJECT, id, 1, report.libraryVersion(), report.inputHash(),
                    FIRST_ISSUE, now, principal), renderings);
        });
        return new ValuationResponse(id, now, principal, request, body);
    }

    /** The page size of {@link #list} when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest page of {@link #list}. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * A page of the stored valuations, newest first (created_at, then id, descending: a stable order).
     *
     * @param page page number from 0
     * @param size page size, 1 to {@link #MAX_PAGE_SIZE}
     * @return the page and the total count
     * @throws org.dataprice.error.DatapriceException for a page the core's {@link PageRequest} refuses
     */
    public ValuationList list(int page, int size) {
        PageRequest p = PageRequest.of(page, size, MAX_PAGE_SIZE);
        List<ValuationSummary> rows = repository.list(Pageable.from(p.page(), p.size(),
                Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        List<ValuationList.Item> items = new ArrayList<>(rows.size());
        for (ValuationSummary r : rows) {
            items.add(new ValuationList.Item(r.id(), "/v1/valuations/" + r.id(), r.reference(), r.valueAmount(), r.currency(),
                    r.inputHash(), r.libraryVersion(), r.createdAt(), r.createdBy()));
        }
        return new ValuationList(items, page, size, repository.count());
    }

    /**
     * @param id the valuation id
     * @return the stored valuation
     * @throws ProblemException 404 when there is none
     */
    public ValuationResponse find(String id) {
        StoredValuation s = stored(id);
        return new ValuationResponse(s.id(), s.createdAt(), s.createdBy(), read(s.engagementJson(), ValuationRequest.class),
                read(s.reportJson(), ReportResponse.class));
    }

    /**
     * The stored valuation as its JSON answer, written from the stored engagement and report text as they are (no
     * parse and re-serialisation of the two stored documents per read: issue 14). The bytes are those
     * {@link #find}'s value serialises to ({@link ValuationResponse}'s components in order; the test
     * {@code ValuationControllerTest} compares them), since both documents were stored by {@link #write} from the same
     * types.
     *
     * @param id the valuation id
     * @return the {@link ValuationResponse} JSON as UTF-8 bytes (written by the HTTP layer as they are: a Java string
     *         of this size with Chinese text was encoded character by character there)
     * @throws ProblemException 404 when there is none
     */
    public byte[] findJson(String id) {
        StoredValuation s = stored(id);
        byte[] head = ("{\"id\":" + write(s.id()) + ",\"createdAt\":" + write(s.createdAt()) + ",\"createdBy\":"
                + write(s.createdBy()) + ",\"engagement\":").getBytes(StandardCharsets.UTF_8);
        byte[] engagement = s.engagementJson().getBytes(StandardCharsets.UTF_8);
        byte[] middle = ",\"report\":".getBytes(StandardCharsets.UTF_8);
        byte[] report = s.reportJson().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + engagement.length + middle.length + report.length + 1];
        int at = 0;
        for (byte[] piece : new byte[][]{head, engagement, middle, report}) {
            System.arraycopy(piece, 0, out, at, piece.length);
            at += piece.length;
        }
        out[at] = '}';
        return out;
    }

    /**
     * @param id the valuation id
     * @return the stored engagement as requested
     */
    public ValuationRequest engagement(String id) {
        return read(stored(id).engagementJson(), ValuationRequest.class);
    }

    /**
     * One document of a valuation's report, exactly as issued. Revision 1 (JSON, HTML, CSV) is issued with the
     * valuation; the PDF of a revision is laid out from that revision's issued HTML the first time it is
     * asked for, then kept. A valuation stored before documents were kept gets its revision 1 on first read.
     *
     * @param id        the valuation id
     * @param revision  the revision, or null for the latest
     * @param format    the format
     * @param principal who reads (recorded as the issuer when this read issues the document)
     * @return the stored document
     * @throws ProblemException 404 for an unknown valuation or revision
     */
    public IssuedDocument document(String id, Integer revision, DocumentFormat format, String principal) {
        StoredValuation s = stored(id);
        int latest = documents.latestRevision(SUBJECT, id).orElse(0);
        if (latest == 0) {
            issueFirstRevisionOfOlderValuation(s, principal);
            latest = 1;
        }
        int r = revision == null ? latest : revision;
        if (r < 1 || r > latest) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Valuation " + id + " has no revision " + r
                    + "; its revisions are 1 to " + latest);
        }
        Optional<IssuedDocument> found = documents.find(SUBJECT, id, r, format);
        if (found.isPresent()) {
            return found.get();
        }
        if (format == DocumentFormat.JSON_SIGNATURE) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Revision " + r + " of valuation " + id + " was issued unsigned "
                    + "(the service had no signing key, dataprice.report.signing.keystore): it has no JSON signature");
        }
        if (format != DocumentFormat.PDF) {
            throw new IllegalStateException("valuation " + id + " revision " + r + " has no " + format.code() + " document");
        }
        IssuedDocument html = documents.find(SUBJECT, id, r, DocumentFormat.HTML)
                .orElseThrow(() -> new IllegalStateException("valuation " + id + " revision " + r + " has no html document"));
        byte[] laidOut = pdf.render(new String(html.content(), StandardCharsets.UTF_8));
        return documents.issueOnce(new IssuedDocuments.Issue(SUBJECT, id, r, html.libraryVersion(), html.inputHash(),
                html.reason(), now(), principal), new IssuedDocuments.Rendering(DocumentFormat.PDF, laidOut, pdf.renderer()));
    }

    /**
     * Re-runs the stored engagement with the library of this service and issues the result as a new revision
     * of the report (JSON, HTML, CSV; the PDF on first request). Earlier revisions are kept unchanged.
     *
     * @param id        the valuation id
     * @param reason    why (kept with the revision)
     * @param principal who asks
     * @return the new revision
     */
    public ReportRevision reissue(String id, String reason, String principal) {
        NextRevision next = prepareRevision(id);
        // the revision number is read inside the retried command: a concurrent re-rendering makes this one n + 2
        int issued = transactions.write(() -> issueNext(next, reason, principal, false).orElseThrow());
        return revision(id, issued);
    }

    /**
     * The part of a new revision that needs no transaction: the stored engagement re-run with the library of this
     * service ({@link #reissue} and the analysis jobs' re-issue, {@link #issueAfterAnalysis}, compute it before they
     * open their transaction).
     *
     * @param id the valuation id
     * @return the computed report, to be issued
     * @throws ProblemException 404 for an unknown valuation
     */
    public NextRevision prepareRevision(String id) {
        StoredValuation s = stored(id);
        ValuationRequest engagement = read(s.engagementJson(), ValuationRequest.class);
        ValuationReport report = Appraisal.DEFAULT.run(ValuationMapper.toModel(engagement));
        return new NextRevision(id, engagement.registrationId(), report, write(ValuationMapper.toResponse(report)));
    }

    /**
     * A report computed for a new revision, not yet issued ({@link #prepareRevision}).
     *
     * @param valuationId    the valuation
     * @param registrationId the data-asset registration it cites, or null
     * @param report         the engagement as re-run
     * @param reportJson     its JSON document
     */
    public record NextRevision(String valuationId, String registrationId, ValuationReport report, String reportJson) {
    }

    /**
     * Issues the report again after an analysis job stored its run, inside the caller's open transaction (the one that
     * stores the run and marks the job SUCCEEDED: the revision commits with the run, or neither does; so a job re-run
     * after a restart, or two instances racing for it, issue it once, by the job's conditional SUCCEEDED). Only a
     * valuation whose report was issued already gets a revision: one stored before issued documents were kept
     * (revision 0) gets its revision 1 on first read, with the latest runs, as before. The new revision is
     * {@code latest + 1} and draws the latest run of each kind, as the transaction sees them (so the run just stored);
     * it is issued like {@link #reissue}: the JSON signed with the service key when one is configured, the PDF laid
     * out (and signed) on first request; earlier revisions stay byte for byte.
     *
     * @param next      the report computed before the transaction ({@link #prepareRevision})
     * @param reason    why, e.g. {@code analysis 3 completed (...)}; at most 500 characters
     * @param principal who started the job
     * @return the revision issued, or empty when the valuation has no issued report
     */
    public OptionalInt issueAfterAnalysis(NextRevision next, String reason, String principal) {
        return transactions.joined(() -> issueNext(next, reason, principal, true));
    }

    /** Issues revision latest + 1 in the open transaction; none when {@code onlyAfterAnIssue} and latest is 0. */
    private OptionalInt issueNext(NextRevision next, String reason, String principal, boolean onlyAfterAnIssue) {
        String id = next.valuationId();
        int latest = documents.latestRevision(SUBJECT, id).orElse(0);
        if (latest == 0 && onlyAfterAnIssue) {
            return OptionalInt.empty();
        }
        Instant now = now();
        ValuationReport report = next.report();
        documents.issueIn(new IssuedDocuments.Issue(SUBJECT, id, latest + 1, report.libraryVersion(), report.inputHash(),
                reason, now, principal), renderings(id, next.registrationId(), report, next.reportJson(), now));
        return OptionalInt.of(latest + 1);
    }

    /**
     * @param id the valuation id
     * @return its latest issued report revision, 0 when none was issued yet (a valuation stored before issued documents
     *         were kept, until first read)
     */
    public int latestRevision(String id) {
        return documents.latestRevision(SUBJECT, id).orElse(0);
    }

    /**
     * @param id the valuation id
     * @return its report revisions with their issued documents, oldest first
     */
    public ReportRevisions revisions(String id) {
        stored(id);
        List<ReportRevision> out = ReportRevision.group(id, documents.summaries(SUBJECT, id));
        return new ReportRevisions(id, out.isEmpty() ? 0 : out.get(out.size() - 1).revision(), out);
    }

    /**
     * @param id       the valuation id
     * @param revision the revision
     * @return that revision with its issued documents
     * @throws ProblemException 404 when there is no such revision
     */
    public ReportRevision revision(String id, int revision) {
        return revisions(id).revisions().stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Valuation " + id + " has no revision "
                        + revision));
    }

    private void issueFirstRevisionOfOlderValuation(StoredValuation s, String principal) {
        ValuationRequest engagement = read(s.engagementJson(), ValuationRequest.class);
        ValuationReport report = Appraisal.DEFAULT.run(ValuationMapper.toModel(engagement));
        Instant now = now();
        List<IssuedDocuments.Rendering> renderings = renderings(s.id(), engagement.registrationId(), report, s.reportJson(), now);
        try {
            transactions.writeOnce(() -> documents.issueIn(new IssuedDocuments.Issue(SUBJECT, s.id(), 1, report.libraryVersion(),
                    report.inputHash(), OLDER_VALUATION, now, principal), renderings));
        } catch (RuntimeException e) {
            if (!WriteConflicts.isUniqueViolation(e)) {
                throw e;
            }
            // a concurrent read issued revision 1 first: its documents are the ones issued
        }
    }

    private List<IssuedDocuments.Rendering> renderings(String id, String registrationId, ValuationReport report, String reportJson,
                                                       Instant issuedAt) {
        return renderings(registrationId, report, ReportChartsMapper.charts(report,
                latest(id, AnalysisKind.SENSITIVITY, AnalysisResponses.Sensitivity.class),
                latest(id, AnalysisKind.MONTE_CARLO, AnalysisResponses.MonteCarlo.class)), reportJson, issuedAt);
    }

    private List<IssuedDocuments.Rendering> renderings(String registrationId, ValuationReport report, ReportCharts charts,
                                                      String reportJson, Instant issuedAt) {
        return List.of(
                new IssuedDocuments.Rendering(DocumentFormat.JSON, reportJson.getBytes(StandardCharsets.UTF_8), JSON_RENDERER),
                new IssuedDocuments.Rendering(DocumentFormat.HTML, html.render(report, charts, registrationId, issuedAt, pdf.signs()).getBytes(StandardCharsets.UTF_8),
                        HTML_RENDERER + report.libraryVersion()),
                new IssuedDocuments.Rendering(DocumentFormat.CSV, report.cashFlows().toCsv().getBytes(StandardCharsets.UTF_8),
                        CSV_RENDERER + report.libraryVersion()));
    }

    /** The latest stored run of a kind with its answer read back, or null when there is none. */
    private <T> ReportChartsMapper.Run<T> latest(String id, AnalysisKind kind, Class<T> type) {
        return analyses.findFirstByValuationIdAndKindOrderByNumberDesc(id, kind.name())
                .map(a -> new ReportChartsMapper.Run<>(id, a.number(), a.createdBy(), a.createdAt(), read(a.resultJson(), type)))
                .orElse(null);
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }

    /**
     * The figures a listing's appraisal cites from a stored valuation: its concluded value and range of indications
     * (from the stored report), its valuation date and firm (from the stored engagement). Reads the stored
     * documents; recomputes nothing.
     *
     * @param id a valuation id
     * @return the citation, or empty when there is no such valuation
     */
    public Optional<CitedValuation> citation(String id) {
        return repository.findById(id).map(s -> {
            ValuationRequest engagement = read(s.engagementJson(), ValuationRequest.class);
            ReportResponse report = read(s.reportJson(), ReportResponse.class);
            Currency currency = Money.currency(report.currency(), "currency");
            return new CitedValuation(s.id(), Money.of(report.value(), currency), Money.of(report.low(), currency),
                    Money.of(report.high(), currency), engagement.valuationDate(), engagement.appraiser());
        });
    }

    private StoredValuation stored(String id) {
        Optional<StoredValuation> s = repository.findById(id);
        return s.orElseThrow(() -> notFound(id));
    }

    /**
     * Answers 404 for an unknown valuation without loading or parsing its stored engagement and report.
     *
     * @param id a valuation id
     * @throws ProblemException 404 when there is no such valuation
     */
    public void requireExists(String id) {
        if (!repository.existsById(id)) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No valuation with id " + id);
    }

    /**
     * The valuation area's one JSON writer of stored documents (engagements, reports, analysis runs).
     *
     * @param value a serialisable value
     * @return its JSON
     */
    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The valuation area's one JSON reader of stored documents.
     *
     * @param text JSON as stored
     * @param type the type to read
     * @param <T>  the type
     * @return the value
     */
    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
