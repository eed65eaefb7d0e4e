package org.dataprice.api.index;

import org.dataprice.api.problem.Problem;
import org.dataprice.api.storage.StorageWriteGuard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.AsyncPreference;
import org.dataprice.api.job.JobConfiguration;
import org.dataprice.api.job.JobExamples;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobService;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.storage.StorageGuard;
import org.dataprice.api.security.Roles;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The data-market price index (数据要素市场价格指数): definitions, transaction loads, releases
 * ({@code INDEX_PUBLISHER}) and released data ({@code READER}). See {@code docs/price-index.md},
 * "Publication API".
 */
@Controller("/v1/indices")
@Tag(name = "price index")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndexController {
    /** The two loads share one path and method, so one OpenAPI operation: the summary covers both. */
    static final String LOAD_SUMMARY = "Load transactions: one as JSON, or many from CSV or JSON lines (streamed)";
    /** The media type of a JSON-lines load. */
    static final String JSON_LINES = "application/x-ndjson";
    /** Its other common name. */
    static final String JSON_LINES_ALIAS = "application/jsonl";
    /** The description of both loads (see {@link #LOAD_SUMMARY}). */
    static final String LOAD_DESCRIPTION = "application/json: one trade {productId, period, price, quantity, "
            + "category}. text/csv: header product_id,period,price,quantity[,category], all rows or none, errors name "
            + "lines[n].column; needs Idempotency-Key. The CSV body is decoded strictly in its declared charset (the "
            + "charset query parameter, else the charset= of the Content-Type, else UTF-8; a UTF-8 byte order mark is "
            + "skipped); a byte sequence invalid in that charset is a 400 naming lines[n] and the byte offset; never "
            + "guessed. Prices and quantities are plain decimals > 0 (no 0x1p3, 12.5f, 12d, NaN); price, quantity and "
            + "price x quantity at most 1e15 in the index currency (CSV: 400 lines[n].price; JSON: 422 field price). "
            + "application/x-ndjson (or application/jsonl): the same bulk load, one JSON object per line whose keys are "
            + "the CSV columns, values strings or plain numbers, no header. A bulk load is streamed and checked as it "
            + "is read: the first bad line answers 400 at once naming lines[n].column, and nothing is loaded; a line "
            + "longer than 1,048,576 characters is a 400 naming it. "
            + "See docs/price-index.md, Transactions.";
    /** How a trade is named in a correction path. */
    static final String TRANSACTION_REF = "The trade: <loadId>:<line> (the id in the load's answer and the CSV line "
            + "number, the header being line 1, so the first row is line 2; line 1 for a JSON load) or deal:<dealId> "
            + "for a trade copied from a market deal. Unknown: 404.";
    /** The description of the correction operation. */
    static final String CORRECTION_DESCRIPTION = "Append-only: the trade row is never updated or deleted. VOID takes "
            + "no values; AMEND takes at least one of productId, period, price, quantity (others unchanged); reason "
            + "required (at most 500 characters); the caller and time are recorded, and the correction is chained in "
            + "the index-corrections ledger. The amended trade must pass the bound of every load (plain decimals > 0; "
            + "price, quantity and price x quantity at most 1e15: 422 naming price or quantity). Voiding a voided "
            + "trade or amending it is 422 invalid-state naming the voiding correction; an amendment that changes "
            + "nothing is 422; an unknown action is 422 listing VOID, AMEND. Published vintages never change: the "
            + "next release applies the correction, its changed back values appear in /revisions, and the release "
            + "lists the correction ids it applied (corrections). Needs Idempotency-Key. See docs/price-index.md, "
            + "Corrections.";
    private final IndexDefinitionService definitions;
    private final TransactionLoader loader;
    private final ReleaseService releases;
    private final IndexReadService reads;
    private final MarketDealImporter market;
    private final CorrectionService corrections;
    private final JobService jobs;
    private final JobConfiguration jobConfiguration;
    private final JsonMapper json;
    private final StorageGuard storage;

    /**
     * @param definitions definitions
     * @param loader      transaction loads
     * @param releases    releases
     * @param reads       released data
     * @param market      the market's deals as a source
     * @param corrections corrections of trades
     * @param jobs        background jobs (releases and loads with Prefer: respond-async)
     * @param jobConfiguration where uploads run as jobs are spooled
     * @param json        writes a job's stored input
     * @param storage     the free-space guard (an upload spooled for a job stops at the spool's floor: 507)
     */
    public IndexController(IndexDefinitionService definitions, TransactionLoader loader, ReleaseService releases,
            IndexReadService reads, MarketDealImporter market, CorrectionService corrections, JobService jobs,
            JobConfiguration jobConfiguration, JsonMapper json, StorageGuard storage) {
        this.storage = storage;
        this.jobs = jobs;
        this.jobConfiguration = jobConfiguration;
        this.json = json;
        this.market = market;
        this.corrections = corrections;
        this.definitions = definitions;
        this.loader = loader;
        this.releases = releases;
        this.reads = reads;
    }

    /**
     * Defines an index: method and parameters (checked strictly by {@code IndexMethods}), base,
     * categories, release calendar, embargo policy and methodology.
     *
     * @param request the definition
     * @param auth    the caller
     * @return 201 with the stored definition
     */
    @Post
    @Idempotent
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = "Define an index", description = "columns maps CSV columns to fields (period, productId, "
            + "price, quantity, category) and names the characteristics of method time-dummy-hedonic; see "
            + "docs/price-index.md, Column mapping and the hedonic method.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "dmi", value = IndexExamples.DEFINITION)))
    public HttpResponse<IndexDefinitionResponse> define(@Body @Valid IndexDefinitionRequest request, Authentication auth) {
        return HttpResponse.created(definitions.define(request, auth.getName()), URI.create("/v1/indices/" + request.id()));
    }

    /** @return every index id */
    @Get
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "List index ids")
    public List<String> list() {
        return definitions.ids();
    }

    /**
     * @param id the index
     * @return its definition
     */
    @Get("/{id}")
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "Read an index definition")
    public IndexDefinitionResponse definition(String id) {
        return definitions.response(id);
    }

    /**
     * Appends release dates to the calendar (periods after the last scheduled one, release dates
     * increasing).
     *
     * @param id      the index
     * @param request the new dates
     * @return the definition with its effective calendar
     */
    @Post("/{id}/calendar")
    @Idempotent
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = "Extend the release calendar")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one more month", value = IndexExamples.CALENDAR)))
    public HttpResponse<IndexDefinitionResponse> extendCalendar(String id, @Body @Valid CalendarRequest request) {
        return HttpResponse.ok(definitions.extendCalendar(id, request.calendar()));
    }

    /**
     * Loads transactions in bulk from CSV, streamed: header {@code product_id,period,price,quantity[,category]};
     * all rows or none; errors name {@code lines[n].column}. Needs {@code Idempotency-Key}.
     *
     * @param id   the index
     * @param body        the CSV
     * @param charset     the body's charset (default UTF-8)
     * @param contentType the Content-Type (its {@code charset=} is honoured)
     * @param key  the Idempotency-Key
     * @param auth the caller
     * @return 201 with the load summary (replayed: {@code Idempotent-Replayed: true})
     */
    @Post(value = "/{id}/transactions", consumes = MediaType.TEXT_CSV)
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = LOAD_SUMMARY, description = LOAD_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_CSV, examples = @ExampleObject(name = "two months",
            value = IndexExamples.TRANSACTIONS_CSV)))
    @ApiResponse(responseCode = "201", description = "The load summary", content = @Content(
            schema = @Schema(implementation = LoadResponse.class),
            examples = @ExampleObject(name = "two months", value = IndexExamples.TRANSACTIONS_CSV_ANSWER)))
    @ApiResponse(responseCode = "202", description = "With Prefer: respond-async: accepted as a job, Location /v1/jobs/{id}",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "/v1/jobs/{id}", schema = @Schema(type = "string")), content = @Content(schema = @Schema(implementation = JobResponse.class),
            examples = @ExampleObject(name = "accepted", value = JobExamples.LOAD_QUEUED)))
    @ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507_UPLOAD, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Object> loadCsv(String id, @Body InputStream body,
            @Parameter(description = "The body's charset when it is not UTF-8, e.g. GB18030 or GBK (Chinese "
                    + "spreadsheet exports), ISO-8859-1, windows-1252; never guessed. Unknown names are a 422 "
                    + "naming field charset.", example = "GB18030")
            @Nullable @QueryValue String charset,
            @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
            @Nullable @Header(Idempotent.HEADER) String key, Authentication auth,
            @Parameter(description = "respond-async: spool the upload and load it as a job (202 Accepted, Location "
                    + "/v1/jobs/{id}); the job's result links to the load's first trade. All rows or none, as synchronously.",
                    schema = @Schema(type = "string", example = AsyncPreference.RESPOND_ASYNC))
            @Nullable @Header(AsyncPreference.PREFER) String prefer) {
        if (AsyncPreference.requested(prefer)) {
            return AsyncPreference.accepted(spool(id, body, TransactionLoader.charset(charset, contentType), key, auth), prefer);
        }
        TransactionLoader.Outcome outcome = loader.loadCsv(id, body, TransactionLoader.charset(charset, contentType),
                auth.getName(), key);
        MutableHttpResponse<Object> response = HttpResponse.<Object>status(HttpStatus.CREATED).body((Object) outcome.response());
        return outcome.replayed() ? response.header(Idempotent.REPLAYED_HEADER, "true") : response;
    }

    /**
     * Loads transactions in bulk from JSON lines, streamed: one object per line whose keys are the CSV
     * columns; the same checks and answers as {@link #loadCsv}.
     *
     * @param id          the index
     * @param body        the JSON lines
     * @param contentType the Content-Type (its {@code charset=} is honoured)
     * @param key         the Idempotency-Key
     * @param auth        the caller
     * @return 201 with the load summary (replayed: {@code Idempotent-Replayed: true})
     */
    @Post(value = "/{id}/transactions", consumes = {JSON_LINES, JSON_LINES_ALIAS})
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = LOAD_SUMMARY, description = LOAD_DESCRIPTION)
    @RequestBody(content = {
            @Content(mediaType = JSON_LINES, examples = @ExampleObject(name = "march",
                    value = IndexExamples.TRANSACTIONS_JSON_LINES)),
            @Content(mediaType = JSON_LINES_ALIAS, examples = @ExampleObject(name = "march",
                    value = IndexExamples.TRANSACTIONS_JSON_LINES))})
    @ApiResponse(responseCode = "201", description = "The load summary", content = @Content(
            schema = @Schema(implementation = LoadResponse.class)))
    @ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507_UPLOAD, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<LoadResponse> loadJsonLines(String id, @Body InputStream body,
            @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
            @Nullable @Header(Idempotent.HEADER) String key, Authentication auth) {
        TransactionLoader.Outcome outcome = loader.load(id, TransactionLoader.Format.JSON_LINES, body,
                TransactionLoader.charset(null, contentType), auth.getName(), key);
        var response = HttpResponse.<LoadResponse>status(HttpStatus.CREATED).body(outcome.response());
        return outcome.replayed() ? response.header(Idempotent.REPLAYED_HEADER, "true") : response;
    }

    /**
     * Loads one transaction.
     *
     * @param id      the index
     * @param request the trade
     * @param auth    the caller
     * @return 201 with the load summary
     */
    @Post(value = "/{id}/transactions", consumes = MediaType.APPLICATION_JSON)
    @Idempotent
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = LOAD_SUMMARY, description = LOAD_DESCRIPTION)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one trade", value = IndexExamples.TRANSACTION)))
    @ApiResponse(responseCode = "201", description = "The load summary", content = @Content(
            schema = @Schema(implementation = LoadResponse.class)))
    public HttpResponse<LoadResponse> loadOne(String id, @Body @Valid TransactionRequest request, Authentication auth) {
        return HttpResponse.created(loader.loadOne(id, request, auth.getName()));
    }

    /**
     * Copies the exchange's concluded deals dated {@code from}..{@code to} (UTC, inclusive) into the
     * index's transactions, each deal exactly once (idempotent: a repeated call copies only deals not
     * copied before; no {@code Idempotency-Key} needed).
     *
     * @param id          the index
     * @param from        first deal date, yyyy-MM-dd
     * @param to          last deal date, yyyy-MM-dd
     * @param currency    the deals' currency (default CNY)
     * @param categoryMap deal category to index category, e.g. {@code ENTERPRISE:API,PERSONAL:API}
     * @param auth        the caller
     * @return 200 with the counts
     */
    @Post("/{id}/transactions/from-deals")
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = "Copy the market's concluded deals into the index's transactions, once per deal")
    @ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DealImportResponse fromDeals(String id, @QueryValue java.time.LocalDate from, @QueryValue java.time.LocalDate to,
            @Nullable @QueryValue String currency, @Nullable @QueryValue String categoryMap, Authentication auth) {
        return market.importDeals(id, from, to, currency == null ? "CNY" : currency, categoryMap, auth.getName());
    }

    /**
     * Corrects one trade, append-only: VOID leaves it out of every later release, AMEND replaces some of
     * its values; the reason, the caller and the time are recorded and hash-chained. The trade as loaded is
     * never changed, and published vintages never change: the next release applies the correction and
     * shows its effect as revisions (its {@code corrections} lists the ids).
     *
     * @param id          the index
     * @param transaction the trade: {@code <loadId>:<line>} or {@code deal:<dealId>}
     * @param request     the correction
     * @param auth        the caller
     * @return 201 with the stored correction
     */
    @Post("/{id}/transactions/{transaction}/corrections")
    @Idempotent
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = "Void or amend a trade (append-only, audited; effective from the next release)",
            description = CORRECTION_DESCRIPTION)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "amend price", value = IndexExamples.CORRECTION)))
    @ApiResponse(responseCode = "201", description = "The correction", content = @Content(
            schema = @Schema(implementation = CorrectionView.class),
            examples = @ExampleObject(name = "amend price", value = IndexExamples.CORRECTION_ANSWER)))
    public HttpResponse<CorrectionView> correct(String id,
            @Parameter(description = TRANSACTION_REF, example = "0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b:2") String transaction,
            @Body @Valid CorrectionRequest request, Authentication auth) {
        CorrectionView view = corrections.correct(id, transaction, request, auth.getName());
        return HttpResponse.created(view, URI.create("/v1/indices/" + id + "/transactions/"
                + URLEncoder.encode(view.transaction(), StandardCharsets.UTF_8) + "/corrections"));
    }

    /**
     * One trade as loaded; a trade copied from a market deal names the deal ({@code dealId}, {@code deal}).
     *
     * @param id          the index
     * @param transaction the trade
     * @return the trade
     */
    @Get("/{id}/transactions/{transaction}")
    @Secured({Roles.INDEX_PUBLISHER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One trade as loaded, with the market deal it was copied from")
    public TradeView trade(String id, @Parameter(description = TRANSACTION_REF) String transaction) {
        return corrections.trade(id, transaction);
    }

    /**
     * @param id          the index
     * @param transaction the trade
     * @return its corrections, oldest first
     */
    @Get("/{id}/transactions/{transaction}/corrections")
    @Secured({Roles.INDEX_PUBLISHER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The corrections of one trade")
    public List<CorrectionView> tradeCorrections(String id,
            @Parameter(description = TRANSACTION_REF) String transaction) {
        return corrections.list(id, transaction);
    }

    /**
     * @param id      the index
     * @param page    the page number from 0
     * @param size    the page size (default 100, at most 1000)
     * @param request the request (for the next page's link)
     * @return one page of the index's corrections, oldest first, each with the vintage that first applied it;
     *         {@code X-Total-Count} the number of all, {@code Link} the next page
     */
    @Get("/{id}/corrections")
    @Secured({Roles.INDEX_PUBLISHER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The corrections of the index's trades (audit), with the release that applied each",
            description = "Oldest first, paged: page from 0, size 1..1000 (default 100); X-Total-Count gives the "
                    + "number of all corrections, Link the next page.")
    public HttpResponse<List<CorrectionView>> allCorrections(String id,
            @Nullable @QueryValue @Min(0) @Max(1_000_000) Integer page,
            @Nullable @QueryValue @Min(1)
            @Max(CorrectionService.MAX_PAGE_SIZE) Integer size, HttpRequest<?> request) {
        int p = page == null ? 0 : page;
        int n = size == null ? CorrectionService.DEFAULT_PAGE_SIZE : size;
        CorrectionService.Page result = corrections.page(id, p, n);
        var response = HttpResponse.ok(result.items()).header("X-Total-Count", Long.toString(result.total()));
        if ((long) (p + 1) * n < result.total()) {
            String next = UriBuilder.of(request.getUri()).replaceQueryParam("page", p + 1)
                    .replaceQueryParam("size", n).build().toString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * Computes and publishes the release of a period, exactly once: 201 when computed by this call,
     * 200 with the stored release when it already existed. Idempotent by period (the database's
     * unique constraint), so no Idempotency-Key is needed; not {@code @Idempotent} because a replayed
     * answer would show embargoed values without an audit record.
     *
     * @param id          the index
     * @param request     the period
     * @param auth        the caller
     * @param httpRequest the request (audit)
     * @return the release
     */
    @Post("/{id}/releases")
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = "Compute and publish a release")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2025-02", value = IndexExamples.RELEASE)))
    @ApiResponse(responseCode = "201", description = "The release, computed by this call", content = @Content(
            schema = @Schema(implementation = IndexViews.Release.class),
            examples = @ExampleObject(name = "2025-02", value = IndexExamples.RELEASE_ANSWER)))
    @ApiResponse(responseCode = "200", description = "The release as stored when it already existed", content = @Content(
            schema = @Schema(implementation = IndexViews.Release.class)))
    @ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = AsyncPreference.PREFER, in = ParameterIn.HEADER, description = "respond-async: answer 202 Accepted "
            + "at once and compute the release as a job (GET /v1/jobs/{id}; its result is /v1/indices/{id}/releases/{vintage}). "
            + "The period is checked before the job is accepted. With an Idempotency-Key, the same key returns the same job.",
            schema = @Schema(type = "string", example = AsyncPreference.RESPOND_ASYNC))
    @ApiResponse(responseCode = "202", description = "Accepted as a job: Location is /v1/jobs/{id}", headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "/v1/jobs/{id}", schema = @Schema(type = "string")), content = @Content(
            schema = @Schema(implementation = JobResponse.class),
            examples = @ExampleObject(name = "accepted", value = JobExamples.RELEASE_QUEUED)))
    public HttpResponse<Object> publish(String id, @Body @Valid ReleaseRequest request, Authentication auth,
            HttpRequest<?> httpRequest, @Nullable @Header(AsyncPreference.PREFER) String prefer,
            @Nullable @Header(Idempotent.HEADER) String key) {
        if (AsyncPreference.requested(prefer)) {
            releases.check(id, request.period());
            String input = write(request);
            return AsyncPreference.accepted(jobs.submit(new JobService.Submission(IndexJobs.RELEASE, IndexJobs.subject(id),
                    auth.getName(), Roles.INDEX_PUBLISHER, key, input)),
                    prefer);
        }
        ReleaseService.Outcome outcome = releases.publish(id, request.period(), request.reason(), auth.getName(),
                httpRequest.getPath());
        return HttpResponse.<Object>status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(outcome.release());
    }

    /**
     * One released vintage with the earlier figures it revised ({@code revisions}: series, month, the vintage that
     * published the earlier value, before, after, change). 404 for an unknown vintage and for one still under
     * embargo (the publisher sees that one through the preview).
     *
     * @param id          the index
     * @param vintage     the vintage number
     * @param auth        the caller
     * @param httpRequest the request
     * @return the release
     */
    @Get("/{id}/releases/{vintage}")
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "A released vintage with the figures it revised")
    public IndexViews.Release release(String id, @Parameter(description = "the vintage number, 1, 2, ...") String vintage,
            Authentication auth, HttpRequest<?> httpRequest) {
        return releases.release(id, vintage, auth.getName(), httpRequest.getPath());
    }

    /**
     * The latest computed release even under embargo (audited).
     *
     * @param id          the index
     * @param auth        the caller
     * @param httpRequest the request
     * @return the release
     */
    @Get("/{id}/preview")
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = "Preview the latest release (embargo audited)")
    public IndexViews.Release preview(String id, Authentication auth, HttpRequest<?> httpRequest) {
        return releases.preview(id, auth.getName(), httpRequest.getPath());
    }

    /**
     * @param id the index
     * @return every pre-release access
     */
    @Get("/{id}/embargo-audit")
    @Secured({Roles.INDEX_PUBLISHER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The embargo audit log")
    public List<IndexViews.Audit> audit(String id) {
        return releases.audit(id);
    }

    /**
     * @param id the index
     * @return the latest released levels with month-on-month and year-on-year changes
     */
    @Get("/{id}/latest")
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "Latest released level and changes")
    public IndexViews.Latest latest(String id) {
        return reads.latest(id);
    }

    /**
     * Released observations: FRED-like JSON (one series), CSV or SDMX-CSV 2.0 (all series), chosen by
     * {@code format} (json, csv, sdmx-csv) or else the {@code Accept} header.
     *
     * @param id     the index
     * @param series the series (default COMPOSITE in JSON, every series in CSV); unknown is 422
     * @param asOf   a past date: the data as then published
     * @param format json, csv or sdmx-csv
     * @param precision published (default) or full
     * @param accept the Accept header
     * @return the observations
     */
    @Get("/{id}/observations")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_CSV, IndexReadService.SDMX_CSV})
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "Released observations (FRED-like JSON, CSV, SDMX-CSV)")
    public HttpResponse<?> observations(String id, @Nullable @QueryValue String series, @Nullable @QueryValue String asOf,
            @Nullable @QueryValue String format,
            @Parameter(description = "published (default): values rounded half-up to the index's published decimals "
                    + "(at most 6). full: the unrounded double the release computed and stored, written as its shortest "
                    + "round-trip decimal (Double.parseDouble gives back exactly the stored value), for users who "
                    + "recompute; the digits beyond the published decimals are floating-point noise, not accuracy. "
                    + "Applies to JSON, CSV and SDMX-CSV. Another value is 422 listing published, full.",
                    example = "full")
            @Nullable @QueryValue String precision, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        ValuePrecision p = ValuePrecision.parse(precision);
        return switch (choose(format, accept)) {
            case "sdmx-csv" -> HttpResponse.ok(reads.sdmxCsv(id, series, asOf, p)).contentType(IndexReadService.SDMX_CSV);
            case "csv" -> HttpResponse.ok(reads.csv(id, series, asOf, p)).contentType("text/csv;charset=utf-8");
            default -> HttpResponse.ok(reads.observations(id, series, asOf, p)).contentType(MediaType.APPLICATION_JSON_TYPE);
        };
    }

    /**
     * @param id the index
     * @return the revision log of released vintages
     */
    @Get("/{id}/revisions")
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "Revision log")
    public List<IndexViews.RevisionEntry> revisions(String id) {
        return reads.revisions(id);
    }

    /**
     * @param id the index
     * @return the methodology
     */
    @Get("/{id}/methodology")
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "Methodology")
    public IndexViews.Methodology methodology(String id) {
        return reads.methodology(id);
    }

    /**
     * @param format the format parameter
     * @param accept the Accept header
     * @return json, csv or sdmx-csv
     */
    static String choose(@Nullable String format, @Nullable String accept) {
        if (format != null) {
            String f = format.toLowerCase(Locale.ROOT);
            if (f.equals("json") || f.equals("csv") || f.equals("sdmx-csv")) {
                return f;
            }
            throw new InvalidInputException("format", format, Rule.UNKNOWN, "[json, csv, sdmx-csv]");
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("application/vnd.sdmx.data+csv")) {
            return "sdmx-csv";
        }
        if (a.contains("text/csv")) {
            return "csv";
        }
        if (a.isBlank() || a.contains("json") || a.contains("*/*")) {
            return "json";
        }
        throw new ProblemException(ProblemType.NOT_ACCEPTABLE, "observations are served as application/json, text/csv or "
                + IndexReadService.SDMX_CSV);
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Spools an upload to a file of this instance (streamed, hashed) and starts its load job. */
    private JobResponse spool(String id, InputStream body, java.nio.charset.Charset charset, String key, Authentication auth) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_MISSING, "A bulk load needs an " + Idempotent.HEADER
                    + " header with a unique value (e.g. a UUID) so that it can be retried safely");
        }
        definitions.get(id); // 404 before the upload is spooled
        java.nio.file.Path dir = jobConfiguration.spool();
        java.nio.file.Path file = null;
        try {
            java.nio.file.Files.createDirectories(dir);
            file = java.nio.file.Files.createTempFile(dir, "load-", ".csv");
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            try (InputStream in = new java.security.DigestInputStream(body, sha);
                 java.io.OutputStream out = storage.guard(file, java.nio.file.Files.newOutputStream(file))) {
                in.transferTo(out); // a write that would take the spool below its floor throws 507 instead
            }
            String digest = java.util.HexFormat.of().formatHex(sha.digest());
            if (jobs.byKey(auth.getName(), key).isPresent()) {
                java.nio.file.Files.deleteIfExists(file); // a retry: its job exists (submit answers it, or 422 for another upload)
            }
            String input = write(new IndexJobs.Spooled(file.toString(), charset.name(), key, digest));
            JobResponse job = jobs.submit(new JobService.Submission(IndexJobs.LOAD, IndexJobs.subject(id), auth.getName(),
                    Roles.INDEX_PUBLISHER, key, input, (charset.name() + '\n' + digest).getBytes(StandardCharsets.UTF_8), true));
            return job;
        } catch (java.io.IOException e) {
            deleteQuietly(file);
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof ProblemException p && p.type() == ProblemType.INSUFFICIENT_STORAGE) {
                drainQuietly(body); // let the client finish sending before the 507 (read, not kept)
            }
            throw e;
        }
    }

    private static void drainQuietly(InputStream body) {
        try (body) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // the answer is already decided
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        if (file != null) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // nothing to undo
            }
        }
    }
}
