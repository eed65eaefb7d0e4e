package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.document.DocumentFormat;
import org.dataprice.api.document.IssuedDocument;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.AsyncPreference;
import org.dataprice.api.job.JobConfiguration;
import org.dataprice.api.job.JobExamples;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobService;
import org.dataprice.api.idempotency.ReplayFromLocation;
import org.dataprice.api.security.Roles;

import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

/**
 * Appraisal engagements: create and run ({@code APPRAISER}), read the stored engagement and report as JSON,
 * HTML, PDF or CSV ({@code READER} or {@code APPRAISER}).
 */
@Controller("/v1/valuations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Valuations", description = "Data-asset appraisal engagements and their reports")
public class ValuationController implements ReplayFromLocation {
    static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** The CSV media type. */
    public static final String TEXT_CSV = "text/csv";
    /** The PDF media type. */
    public static final String APPLICATION_PDF = "application/pdf";
    /** The media type of a detached CMS signature (RFC 8551 §3.2.1). */
    public static final String APPLICATION_PKCS7_SIGNATURE = "application/pkcs7-signature";
    /** The response header naming the report revision a document belongs to. */
    public static final String DOCUMENT_REVISION = "Document-Revision";

    private final ValuationService valuations;
    private final ValuationAnalysisService analyses;
    private final JobService jobs;
    private final JobConfiguration jobConfiguration;
    private final ReportTemplates templates;
    private final AnalysisJobs.MonteCarloJob monteCarloJobs;
    private final AnalysisJobs.SensitivityJob sensitivityJobs;

    /**
     * @param valuations the valuation service
     * @param analyses   the analyses of stored valuations
     * @param jobs       the background jobs (large or {@code Prefer: respond-async} analyses)
     * @param jobConfiguration the size thresholds of the analyses that run as jobs
     * @param templates  the report templates (the report page while an analysis is computed)
     * @param monteCarloJobs  the Monte Carlo job handler (writes a job's stored request)
     * @param sensitivityJobs the sensitivity job handler (writes a job's stored request)
     */
    ValuationController(ValuationService valuations, ValuationAnalysisService analyses, JobService jobs,
                        JobConfiguration jobConfiguration, ReportTemplates templates,
                        AnalysisJobs.MonteCarloJob monteCarloJobs, AnalysisJobs.SensitivityJob sensitivityJobs) {
        this.monteCarloJobs = monteCarloJobs;
        this.sensitivityJobs = sensitivityJobs;
        this.templates = templates;
        this.jobs = jobs;
        this.jobConfiguration = jobConfiguration;
        this.valuations = valuations;
        this.analyses = analyses;
    }

    /**
     * Runs an engagement (quality, the approaches, reconciliation, report) and stores engagement and report
     * before answering.
     *
     * @param request   the engagement
     * @param principal the caller
     * @return 201 with the stored valuation and its Location
     */
    @Post
    @Idempotent(replayFromLocation = true)
    @Secured(Roles.APPRAISER)
    @Operation(summary = "Create and run a valuation engagement", description = "Requires Idempotency-Key; a replay "
            + "answers the first answer without running again.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "three approaches",
            value = ValuationExamples.ENGAGEMENT)))
    public HttpResponse<ValuationResponse> create(@Body @Valid ValuationRequest request, Principal principal) {
        ValuationResponse created = valuations.create(request, principal.getName());
        return HttpResponse.created(created, URI.create("/v1/valuations/" + created.id()));
    }

    /**
     * A replayed {@code POST} answers with the stored valuation: its engagement and report are kept
     * in full in the valuation table, so the idempotency record keeps only the Location.
     *
     * @param location {@code /v1/valuations/{id}}
     * @return the valuation, as the first answer carried it
     */
    @Override
    public Optional<Object> replayBody(String location) {
        return Optional.of(valuations.find(location.substring(location.lastIndexOf('/') + 1)));
    }

    /**
     * The stored valuations, newest first, a page at a time (without the engagement and report: follow {@code href}).
     *
     * @param page page number from 0 (default 0)
     * @param size page size, 1 to 100 (default 20)
     * @return the page and the total count
     */
    @Get
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List stored valuations, newest first")
    public ValuationList list(@Nullable @QueryValue @Min(0) Integer page,
                              @Nullable @QueryValue @Min(1) @Max(ValuationService.MAX_PAGE_SIZE) Integer size) {
        return valuations.list(page == null ? 0 : page, size == null ? ValuationService.DEFAULT_PAGE_SIZE : size);
    }

    /**
     * The stored valuation as JSON, or — by {@code Accept} — the latest report revision as {@code text/html}, the
     * PDF, or the cash-flow schedule as {@code text/csv}, exactly as issued.
     *
     * @param id        the valuation id
     * @param accept    the Accept header
     * @param principal the caller
     * @return the valuation
     */
    @Get("/{id}")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, TEXT_CSV, APPLICATION_PDF})
    @Operation(summary = "Show a valuation (JSON, or HTML / PDF / CSV by Accept)")
    public HttpResponse<?> show(@PathVariable @Pattern(regexp = ID) String id, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                                Principal principal) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains(MediaType.TEXT_HTML)) {
            return document(id, null, DocumentFormat.HTML, null, principal);
        }
        if (a.contains(APPLICATION_PDF)) {
            return document(id, null, DocumentFormat.PDF, null, principal);
        }
        if (a.contains(TEXT_CSV)) {
            return document(id, null, DocumentFormat.CSV, null, principal);
        }
        return HttpResponse.ok(valuations.findJson(id)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * @param id          the valuation id
     * @param revision    the report revision (default: the latest)
     * @param ifNoneMatch a previously read ETag
     * @param principal   the caller
     * @return the printable bilingual report (XHTML, UTF-8), exactly as issued
     */
    @Get("/{id}/report.html")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The valuation report as HTML, as issued", description = REVISION_NOTE)
    public HttpResponse<byte[]> html(@PathVariable @Pattern(regexp = ID) String id,
                                     @Nullable @QueryValue @Min(1) Integer revision,
                                     @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, Principal principal) {
        return document(id, revision, DocumentFormat.HTML, ifNoneMatch, principal);
    }

    /** How often the report page reloads while an analysis is computed, in seconds. */
    static final int REFRESH_SECONDS = 5;

    /**
     * The report page for a person: while a Monte Carlo or sensitivity job of the valuation is queued or running, a
     * small page saying so (each job's state, progress and ETA, a link to it) with {@code Refresh: 5}; otherwise a
     * redirect (303) to the issued {@code report.html}. The issued report is never changed or re-rendered: this page is
     * rendered per request, never stored, and served {@code no-store}.
     *
     * @param id the valuation id
     * @return the computing page, or 303 to the issued report
     */
    @Get("/{id}/report")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The report page: \"computing…\" while an analysis job runs, else 303 to the issued report.html",
            description = "Not an issued document: while a Monte Carlo or sensitivity job of the valuation is queued or "
                    + "running, a page with each job's state, progress and ETA and the report revision its completion will "
                    + "issue, refreshed every 5 s (Refresh header); otherwise 303 See Other to "
                    + "/v1/valuations/{id}/report.html, the latest revision exactly as issued. A job that completes issues "
                    + "the report again as a new revision with its result (when the report was issued before), so once "
                    + "it is done this page lands on the report that shows it.")
    @ApiResponse(responseCode = "200", description = "An analysis is computing: its state, progress and ETA")
    @ApiResponse(responseCode = "303", description = "Nothing is computing: Location is the issued report.html")
    public HttpResponse<String> reportPage(@PathVariable @Pattern(regexp = ID) String id) {
        valuations.find(id); // 404 for an unknown valuation
        String subject = AnalysisJobs.subject(id);
        java.util.List<ReportTemplates.Computing> computing = java.util.stream.Stream.of(AnalysisJobs.MONTE_CARLO,
                        AnalysisJobs.SENSITIVITY)
                .map(kind -> jobs.active(kind, subject)).flatMap(Optional::stream).map(templates::computing).toList();
        if (computing.isEmpty()) {
            return HttpResponse.<String>seeOther(URI.create("/v1/valuations/" + id + "/report.html"))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return HttpResponse.ok(templates.computingPage(id, computing, valuations.latestRevision(id))).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Refresh", Integer.toString(REFRESH_SECONDS)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * @param id          the valuation id
     * @param revision    the report revision (default: the latest)
     * @param ifNoneMatch a previously read ETag
     * @param principal   the caller
     * @return the report as PDF, laid out from the same revision's issued HTML on first request and kept
     */
    @Get("/{id}/report.pdf")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(APPLICATION_PDF)
    @Operation(summary = "The valuation report as PDF, as issued", description = REVISION_NOTE
            + " The PDF of a revision is laid out from that revision's issued HTML when first asked for, then kept.")
    public HttpResponse<byte[]> pdf(@PathVariable @Pattern(regexp = ID) String id,
                                    @Nullable @QueryValue @Min(1) Integer revision,
                                    @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, Principal principal) {
        return document(id, revision, DocumentFormat.PDF, ifNoneMatch, principal);
    }

    /**
     * @param id          the valuation id
     * @param revision    the report revision (default: the latest)
     * @param ifNoneMatch a previously read ETag
     * @param principal   the caller
     * @return the income cash-flow schedule, one row per scenario and period, as issued
     */
    @Get("/{id}/cash-flows.csv")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(TEXT_CSV + ";charset=utf-8")
    @Operation(summary = "The income cash-flow schedule as CSV, as issued", description = REVISION_NOTE)
    public HttpResponse<byte[]> csv(@PathVariable @Pattern(regexp = ID) String id,
                                    @Nullable @QueryValue @Min(1) Integer revision,
                                    @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, Principal principal) {
        return document(id, revision, DocumentFormat.CSV, ifNoneMatch, principal);
    }

    /**
     * @param id          the valuation id
     * @param revision    the report revision (default: the latest)
     * @param ifNoneMatch a previously read ETag
     * @param principal   the caller
     * @return the canonical snapshot of the report's figures (the report JSON of that revision), as issued
     */
    @Get("/{id}/report.json")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report's canonical JSON snapshot, as issued", description = REVISION_NOTE)
    public HttpResponse<byte[]> json(@PathVariable @Pattern(regexp = ID) String id,
                                     @Nullable @QueryValue @Min(1) Integer revision,
                                     @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, Principal principal) {
        return document(id, revision, DocumentFormat.JSON, ifNoneMatch, principal);
    }

    /**
     * @param id          the valuation id
     * @param revision    the report revision (default: the latest)
     * @param ifNoneMatch a previously read ETag
     * @param principal   the caller
     * @return the detached CMS signature (DER) over the exact bytes of {@code report.json} of the same revision,
     *         issued with it when the service has a signing key; 404 for a revision issued unsigned
     */
    @Get("/{id}/report.json.p7s")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(APPLICATION_PKCS7_SIGNATURE)
    @Operation(summary = "The detached CMS signature of the report's JSON snapshot, as issued", description = REVISION_NOTE
            + " Issued with the JSON when the service has a signing key (dataprice.report.signing.keystore); a revision "
            + "issued without one has no signature (404). Verify: openssl cms -verify -binary -inform DER -in "
            + "report.json.p7s -content report.json -CAfile <the firm's CA>.")
    public HttpResponse<byte[]> jsonSignature(@PathVariable @Pattern(regexp = ID) String id,
                                              @Nullable @QueryValue @Min(1) Integer revision,
                                              @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                                              Principal principal) {
        return document(id, revision, DocumentFormat.JSON_SIGNATURE, ifNoneMatch, principal);
    }

    /**
     * @param id the valuation id
     * @return the report's revisions and their issued documents, oldest first
     */
    @Get("/{id}/revisions")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The report revisions of a valuation, with each issued document's SHA-256")
    public ReportRevisions revisions(@PathVariable @Pattern(regexp = ID) String id) {
        return valuations.revisions(id);
    }

    /**
     * @param id       the valuation id
     * @param revision the revision
     * @return that revision and its issued documents
     */
    @Get("/{id}/revisions/{revision}")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One report revision of a valuation")
    public ReportRevision revision(@PathVariable @Pattern(regexp = ID) String id, @PathVariable @Min(1) int revision) {
        return valuations.revision(id, revision);
    }

    /**
     * Re-runs the stored engagement with the service's current library and issues the report again as a new
     * revision; every earlier revision stays readable, byte for byte.
     *
     * @param id        the valuation id
     * @param request   the reason
     * @param principal the caller
     * @return 201 with the new revision and its Location
     */
    @Post("/{id}/revisions")
    @Idempotent
    @Secured(Roles.APPRAISER)
    @Operation(summary = "Re-render the report with the current library as a new revision", description = "Requires "
            + "Idempotency-Key. Issued documents never change: the new revision is added, the old ones are kept.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new library",
            value = ValuationExamples.REVISION)))
    public HttpResponse<ReportRevision> reissue(@PathVariable @Pattern(regexp = ID) String id,
                                                @Body @Valid ReissueRequest request, Principal principal) {
        ReportRevision created = valuations.reissue(id, request.reason(), principal.getName());
        return HttpResponse.created(created, URI.create("/v1/valuations/" + id + "/revisions/" + created.revision()));
    }

    private static final String REVISION_NOTE = "Answers the bytes stored when the document was first issued, whatever "
            + "library the service now runs (ETag: the SHA-256 of the bytes; Document-Revision: the revision). Without "
            + "`revision`, the latest revision.";

    private HttpResponse<byte[]> document(String id, Integer revision, DocumentFormat format, String ifNoneMatch,
                                          Principal principal) {
        IssuedDocument d = valuations.document(id, revision, format, principal.getName());
        String etag = "\"" + d.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, etag)
                    .header(DOCUMENT_REVISION, Integer.toString(d.revision()));
        }
        MutableHttpResponse<byte[]> out = HttpResponse.ok(d.content()).contentType(d.mediaType())
                .header(HttpHeaders.ETAG, etag).header(DOCUMENT_REVISION, Integer.toString(d.revision()));
        if (revision != null) {
            out.header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable");
        }
        if (format == DocumentFormat.PDF) {
            out.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"valuation-" + id + "-r" + d.revision() + ".pdf\"");
        }
        return out;
    }

    /**
     * Tornado (each driver moved alone), a two-way table and/or probability-weighted scenarios of the
     * reconciled value, re-running the stored engagement with its named drivers moved. The run is stored with the
     * valuation (request and answer) before it is answered; the next report revision draws its charts.
     *
     * @param id        the valuation id
     * @param request   the analyses
     * @param principal the caller
     * @return 201 with their results and the Location of the stored run
     */
    @Post("/{id}/sensitivity")
    @Idempotent
    @Secured(Roles.APPRAISER)
    @Operation(summary = "Sensitivity of a stored valuation: tornado, two-way, scenarios (stored with the valuation)",
            description = ANALYSIS_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tornado, two-way, scenarios",
            value = ValuationExamples.SENSITIVITY)))
    @Parameter(name = AsyncPreference.PREFER, in = ParameterIn.HEADER, description = ASYNC_NOTE, schema = @Schema(type = "string",
            example = AsyncPreference.RESPOND_ASYNC))
    @ApiResponse(responseCode = "201", description = "Computed and stored; Location is the stored run", content = @Content(
            schema = @Schema(implementation = AnalysisResponses.Sensitivity.class)))
    @ApiResponse(responseCode = "202", description = ACCEPTED_NOTE, headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "/v1/jobs/{id}", schema = @Schema(type = "string")), content = @Content(
            schema = @Schema(implementation = JobResponse.class),
            examples = @ExampleObject(name = "accepted", value = JobExamples.SENSITIVITY_QUEUED)))
    public HttpResponse<Object> sensitivity(@PathVariable @Pattern(regexp = ID) String id,
                                            @Body @Valid AnalysisRequests.Sensitivity request,
                                            Principal principal,
                                            @Nullable @Header(AsyncPreference.PREFER) String prefer,
                                            @Nullable @Header(Idempotent.HEADER) String key) {
        if (AsyncPreference.requested(prefer) || evaluations(request) > jobConfiguration.getAsyncCells()) {
            analyses.checkSensitivity(id, request);
            return AsyncPreference.accepted(submit(AnalysisJobs.SENSITIVITY, id, sensitivityJobs.input(request), principal, key), prefer);
        }
        ValuationAnalysisService.Recorded<AnalysisResponses.Sensitivity> r = analyses.recordSensitivity(id, request, principal.getName());
        return HttpResponse.created((Object) r.body(), URI.create(ValuationAnalysisService.href(id, r.number())));
    }

    /** Model evaluations a sensitivity request asks for at most: 1 + 2 per range, the grid with its base, 1 + scenarios. */
    private static long evaluations(AnalysisRequests.Sensitivity r) {
        return (r.tornado() == null ? 0 : 1 + 2L * r.tornado().size())
                + (r.twoWay() == null ? 0 : (r.twoWay().rowValues().size() + 1L) * (r.twoWay().columnValues().size() + 1L))
                + (r.scenarios() == null ? 0 : 1L + r.scenarios().size());
    }

    private JobResponse submit(String kind, String id, String input, Principal principal, String key) {
        return jobs.submit(new JobService.Submission(kind, AnalysisJobs.subject(id), principal.getName(), Roles.APPRAISER, key,
                input));
    }

    /**
     * Seeded Monte Carlo of the reconciled value: a distribution per driver, correlated by a Gaussian copula.
     * Draws are capped by {@code dataprice.valuation.max-draws}. The run is stored with the valuation before it is
     * answered; the next report revision draws its histogram.
     *
     * @param id        the valuation id
     * @param request   seed, draws, distributions, correlation
     * @param principal the caller
     * @return 201 with mean, standard error, confidence interval, percentiles, histogram and the Location of the stored run
     */
    @Post("/{id}/monte-carlo")
    @Idempotent
    @Secured(Roles.APPRAISER)
    @Operation(summary = "Monte Carlo of a stored valuation's value (stored with the valuation)", description = ANALYSIS_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "correlated drivers",
            value = ValuationExamples.MONTE_CARLO)))
    @Parameter(name = AsyncPreference.PREFER, in = ParameterIn.HEADER, description = ASYNC_NOTE, schema = @Schema(type = "string",
            example = AsyncPreference.RESPOND_ASYNC))
    @ApiResponse(responseCode = "201", description = "Computed and stored; Location is the stored run", content = @Content(
            schema = @Schema(implementation = AnalysisResponses.MonteCarlo.class)))
    @ApiResponse(responseCode = "202", description = ACCEPTED_NOTE, headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "/v1/jobs/{id}", schema = @Schema(type = "string")), content = @Content(
            schema = @Schema(implementation = JobResponse.class),
            examples = @ExampleObject(name = "accepted", value = JobExamples.MONTE_CARLO_QUEUED)))
    public HttpResponse<Object> monteCarlo(@PathVariable @Pattern(regexp = ID) String id,
                                           @Body @Valid AnalysisRequests.MonteCarlo request,
                                           Principal principal,
                                           @Nullable @Header(AsyncPreference.PREFER) String prefer,
                                           @Nullable @Header(Idempotent.HEADER) String key) {
        if (AsyncPreference.requested(prefer) || request.draws() > jobConfiguration.getAsyncDraws()) {
            analyses.checkMonteCarlo(id, request);
            return AsyncPreference.accepted(submit(AnalysisJobs.MONTE_CARLO, id, monteCarloJobs.input(request), principal, key), prefer);
        }
        ValuationAnalysisService.Recorded<AnalysisResponses.MonteCarlo> r = analyses.recordMonteCarlo(id, request, principal.getName());
        return HttpResponse.created((Object) r.body(), URI.create(ValuationAnalysisService.href(id, r.number())));
    }

    private static final String ASYNC_NOTE = "respond-async: answer 202 Accepted at once and run the analysis as a job "
            + "(GET /v1/jobs/{id} for progress and the result link). Without it, a request above the size threshold "
            + "(dataprice.jobs.async-draws Monte Carlo draws, dataprice.jobs.async-cells sensitivity evaluations) is a job too.";
    private static final String ACCEPTED_NOTE = "Accepted as a job: Location is /v1/jobs/{id}; when it has SUCCEEDED its "
            + "`result` is the stored run (/v1/valuations/{id}/analyses/{number}). The request was checked before it was accepted.";

    private static final String ANALYSIS_NOTE = "Requires Idempotency-Key; a replay answers the first answer without "
            + "running again. The run (request and answer) is stored with the valuation, numbered 1, 2, ... (Location: "
            + "/v1/valuations/{id}/analyses/{number}); a report revision issued afterwards (POST /v1/valuations/{id}/revisions) "
            + "shows the latest sensitivity and Monte Carlo runs as charts. Revisions issued before do not change.";

    /**
     * @param id the valuation id
     * @return its stored sensitivity and Monte Carlo runs, oldest first
     */
    @Get("/{id}/analyses")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stored sensitivity and Monte Carlo runs of a valuation")
    public AnalysisResponses.Runs analyses(@PathVariable @Pattern(regexp = ID) String id) {
        return analyses.runs(id);
    }

    /**
     * @param id     the valuation id
     * @param number the run's number
     * @return the stored run: its request and answer as they were
     */
    @Get("/{id}/analyses/{number}")
    @Secured({Roles.READER, Roles.APPRAISER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One stored sensitivity or Monte Carlo run of a valuation, as it was answered")
    public AnalysisResponses.Run analysis(@PathVariable @Pattern(regexp = ID) String id, @PathVariable @Min(1) int number) {
        return analyses.run(id, number);
    }
}
