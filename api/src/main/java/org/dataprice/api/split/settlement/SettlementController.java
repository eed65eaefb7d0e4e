package org.dataprice.api.split.settlement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.micronaut.http.annotation.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.AsyncPreference;
import org.dataprice.api.job.JobConfiguration;
import org.dataprice.api.job.JobExamples;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobService;
import org.dataprice.api.idempotency.ReplayFromLocation;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.security.Roles;
import org.dataprice.api.split.SplitExamples;

import java.net.URI;
import java.util.Optional;

/**
 * Revenue settlements (收益分配): a pool and its rules become exact payments per party, recorded in
 * an append-only ledger; each party reads only its own statements. The settlement's answer is a summary;
 * a period's statements are listed a page at a time ({@code /{id}/periods/{index}/statements}).
 */
@Controller("/v1/settlements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Revenue split", description = "Contribution values and settlements")
public class SettlementController implements ReplayFromLocation {
    private static final String ID_PATTERN = "[0-9a-f-]{36}";
    /** The largest page of a period's statements. */
    public static final int MAX_PAGE_SIZE = 1_000;
    /** The page size of a period's statements when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    private final SettlementService settlements;
    private final SettlementReadService reads;
    private final SettlementJobs settlementJobs;
    private final JobService jobs;
    private final JobConfiguration jobConfiguration;

    /**
     * @param settlements the settlement service (records)
     * @param reads       the settlement read service (reads back)
     * @param settlementJobs settlements run as jobs
     * @param jobs           the jobs
     * @param jobConfiguration the size above which a settlement is a job
     */
    public SettlementController(SettlementService settlements, SettlementReadService reads, SettlementJobs settlementJobs,
                                JobService jobs, JobConfiguration jobConfiguration) {
        this.settlements = settlements;
        this.reads = reads;
        this.settlementJobs = settlementJobs;
        this.jobs = jobs;
        this.jobConfiguration = jobConfiguration;
    }

    /**
     * Settles the periods and records the result; the ledger rows are committed before the 201.
     *
     * @param request        currency, parties with their principals, and periods with pools and terms
     * @param authentication the caller
     * @return 201 with the settlement and its Location
     */
    @Post
    @Idempotent(replayFromLocation = true)
    @Secured({Roles.ADMIN, Roles.SETTLEMENT})
    @Operation(summary = "Settle a revenue pool into exact payments per party", description = "Requires Idempotency-Key. "
            + "The answer is the settlement's summary: per period its figures, statement count and the link to its "
            + "statements (GET /v1/settlements/{id}/periods/{index}/statements, paged); per party its total. "
            + "GET /v1/settlements/{id}/statements/{party} serves a party's statements with their explanations.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quarterly pool",
            value = SplitExamples.SETTLEMENT)))
    @ApiResponse(responseCode = "201", description = "Settled and recorded", content = @Content(
            schema = @Schema(implementation = SettlementResponse.class),
            examples = @ExampleObject(name = "quarterly pool", value = SplitExamples.SETTLEMENT_ANSWER)))
    @Parameter(name = AsyncPreference.PREFER, in = ParameterIn.HEADER, description = "respond-async: answer 202 Accepted "
            + "at once and settle as a job (GET /v1/jobs/{id}: progress in periods, then the settlement's link). Without it, "
            + "a settlement of more than dataprice.jobs.async-statements statements (parties × periods) is a job too.",
            schema = @Schema(type = "string", example = AsyncPreference.RESPOND_ASYNC))
    @ApiResponse(responseCode = "202", description = "Accepted as a job: Location is /v1/jobs/{id}; once SUCCEEDED its "
            + "`result` is the recorded settlement (/v1/settlements/{id}), recorded exactly once. Sizes, currency and "
            + "registration were checked before it was accepted; the terms are checked when it runs (a breach FAILS the job "
            + "with the rule and the field).", headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
            description = "/v1/jobs/{id}", schema = @Schema(type = "string")), content = @Content(
            schema = @Schema(implementation = JobResponse.class),
            examples = @ExampleObject(name = "accepted", value = JobExamples.SETTLEMENT_QUEUED)))
    public HttpResponse<Object> create(@Body @Valid SettlementRequest request,
                                       Authentication authentication,
                                       @Nullable @Header(AsyncPreference.PREFER) String prefer,
                                       @Nullable @Header(Idempotent.HEADER) String key) {
        if (AsyncPreference.requested(prefer) || statements(request) > jobConfiguration.getAsyncStatements()) {
            settlements.check(request);
            return AsyncPreference.accepted(jobs.submit(new JobService.Submission(SettlementJobs.RUN, SettlementJobs.SUBJECT,
                    authentication.getName(), Roles.SETTLEMENT, key, settlementJobs.input(request))), prefer);
        }
        SettlementResponse created = settlements.create(request, authentication.getName());
        return HttpResponse.created((Object) created, URI.create("/v1/settlements/" + created.id()));
    }

    /** Statements a settlement issues at most: parties × periods. */
    private static long statements(SettlementRequest request) {
        return (long) request.parties().size() * request.periods().size();
    }

    /**
     * A replayed {@code POST} answers with the recorded settlement's summary, read back from the ledger
     * (byte for byte the first answer): the idempotency record keeps only the Location.
     *
     * @param location {@code /v1/settlements/{id}}, or {@code /v1/jobs/{id}} for a settlement accepted as a job
     * @return the settlement, as the first answer carried it (the job, as it is now)
     */
    @Override
    public Optional<Object> replayBody(String location) {
        if (location.startsWith(JobService.href(""))) {
            return jobs.atHref(location).map(Object.class::cast);
        }
        String id = location.substring(location.lastIndexOf('/') + 1);
        return reads.find(id).map(Object.class::cast);
    }

    /**
     * @param id the settlement id
     * @return the settlement's summary, exactly as the POST answered it
     */
    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.SETTLEMENT, Roles.SUPERVISOR})
    @Operation(summary = "Show a settlement's summary (ADMIN, SETTLEMENT)",
            description = "Per period its figures, statement count and the link to its statements; per party its total. "
                    + "The same answer as the POST's.")
    public SettlementResponse show(@PathVariable @Pattern(regexp = ID_PATTERN) String id) {
        return reads.find(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No settlement " + id));
    }

    /**
     * One page of a period's statements, in statement order, each with its lines and total (without
     * explanation).
     *
     * @param id      the settlement id
     * @param index   the period's 0-based index
     * @param page    page number from 0 (default 0)
     * @param size    page size 1..1000 (default 100)
     * @param request the request (for the next page's link)
     * @return the page; {@code X-Total-Count} the period's statement count and a {@code Link} to the next page
     */
    @Get("/{id}/periods/{index}/statements")
    @Secured({Roles.ADMIN, Roles.SETTLEMENT, Roles.SUPERVISOR})
    @Operation(summary = "List a period's statements, one page at a time (ADMIN, SETTLEMENT)",
            description = "Statements in the period's order with their lines and totals, without explanations. "
                    + "X-Total-Count gives the period's statement count, Link the next page.")
    @ApiResponse(responseCode = "200", description = "One page of the period's statements",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodStatementsResponse.class),
                    examples = @ExampleObject(name = "first page", value = "{\"settlementId\": "
                            + "\"0b7c6f0e-3f7a-4a53-9a0e-6f1c1f7a2b11\", \"index\": 0, \"label\": \"2025-Q1\", \"items\": ["
                            + "{\"party\": \"exchange\", \"total\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}, "
                            + "\"lines\": [{\"kind\": \"COMMISSION\", \"amount\": {\"amount\": \"1000.00\", "
                            + "\"currency\": \"CNY\"}, \"paid\": true, \"basis\": \"commission on CNY 20000.00; 0.05 above 0.00\"}]}], "
                            + "\"page\": 0, \"size\": 1, \"total\": 6}")))
    @ApiResponse(responseCode = "404", description = "No such settlement or period")
    public HttpResponse<PeriodStatementsResponse> periodStatements(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
            @PathVariable @Min(0) @Max(1_000_000) int index,
            @QueryValue @Nullable @Min(0) @Max(1_000_000) Integer page,
            @QueryValue @Nullable @Min(1) @Max(MAX_PAGE_SIZE) Integer size, HttpRequest<?> request) {
        int p = page == null ? 0 : page;
        int n = size == null ? DEFAULT_PAGE_SIZE : size;
        PeriodStatementsResponse result = reads.periodStatements(id, index, p, n);
        MutableHttpResponse<PeriodStatementsResponse> response = HttpResponse.ok(result)
                .header("X-Total-Count", Long.toString(result.total()));
        if ((long) (p + 1) * n < result.total()) {
            String next = UriBuilder.of(request.getUri()).replaceQueryParam("page", p + 1)
                    .replaceQueryParam("size", n).build().toString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * @param id    the settlement id
     * @param index the period's 0-based index
     * @return the deals the period's pool was drawn from (product, dates, each deal's id, date and total)
     */
    @Get("/{id}/periods/{index}/deals")
    @Secured({Roles.ADMIN, Roles.SETTLEMENT, Roles.SUPERVISOR})
    @Operation(summary = "The deals a period's pool was drawn from (ADMIN, SETTLEMENT)",
            description = "pool = the sum of the deals' totals, exact. 404 when the period's pool was given as an amount.")
    @ApiResponse(responseCode = "404", description = "No such settlement or period, or its pool was not drawn from deals")
    public SettlementResponse.PoolSource poolSource(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                                    @PathVariable @Min(0) @Max(1_000_000) int index) {
        return reads.poolSource(id, index);
    }

    /**
     * One party's statements. ADMIN and SETTLEMENT read any party; any other caller only a party
     * listing its principal name (404 for another party of the same settlement, and 404 when it is no
     * party of the settlement).
     *
     * @param id             the settlement id
     * @param party          the party
     * @param authentication the caller
     * @return the party's statements, every period
     */
    @Get("/{id}/statements/{party}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Show one party's statements (the party's own principals, ADMIN, SETTLEMENT, SUPERVISOR)",
            description = "Each period's statement with its explanation (derived from the stored lines).")
    public PartyStatementsResponse statement(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                             @PathVariable @Size(max = 200) String party,
                                             Authentication authentication) {
        boolean privileged = authentication.getRoles().contains(Roles.ADMIN)
                || authentication.getRoles().contains(Roles.SETTLEMENT)
                || authentication.getRoles().contains(Roles.SUPERVISOR);
        return reads.statements(id, party, authentication.getName(), privileged);
    }
}
