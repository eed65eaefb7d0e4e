package org.dataprice.api.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Roles;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.structure.MarketSide;
import org.dataprice.supervision.workflow.AlertStatus;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 市场监管 — {@code /v1/supervision/...}, for the {@code SUPERVISOR} role only: the versioned rules, the stored alerts and
 * their workflow, the batch scan, declared owner links, and the pattern and concentration tables.
 */
@Controller("/v1/supervision")
@Secured(Roles.SUPERVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Supervision", description = "Market monitoring: rules, alerts, patterns, concentration")
public class SupervisionController {
    private static final String ID = "[0-9a-f-]{36}";

    private final SupervisionRulesService rules;
    private final AlertService alerts;
    private final MarketScanService scans;
    private final OwnerLinkService links;
    private final DealIntegrityService integrity;
    private final DashboardPage dashboard;

    /**
     * @param rules  the rules
     * @param alerts the alerts
     * @param scans  the batch runs
     * @param links     the owner links
     * @param integrity the proof over stored deals
     * @param dashboard the dashboard page
     */
    public SupervisionController(SupervisionRulesService rules, AlertService alerts, MarketScanService scans,
                                 OwnerLinkService links, DealIntegrityService integrity, DashboardPage dashboard) {
        this.dashboard = dashboard;
        this.rules = rules;
        this.alerts = alerts;
        this.scans = scans;
        this.links = links;
        this.integrity = integrity;
    }

    /**
     * @param from first deal date
     * @param to   last deal date (at most 10,000 deals)
     * @return the deals checked and the offenders: none when no deal was concluded after its deadline or by a
     *         non-party
     */
    @Get("/integrity")
    @Operation(summary = "Prove over stored deals that none was concluded after its deadline or by a non-party")
    public SupervisionJson.IntegrityResponse integrity(@QueryValue LocalDate from, @QueryValue LocalDate to) {
        return integrity.check(from, to);
    }

    /** @return the supervisor dashboard: alerts by severity, the 30-day trend, this month's HHI, the latest alerts */
    @Get("/dashboard")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The supervisor dashboard (HTML): alerts by severity, trend, concentration, drill-down to evidence")
    public String dashboardPage() {
        return dashboard.render();
    }

    /** @return the current rules (version 0, the core's defaults, until a version is stored) */
    @Get("/rules")
    @Operation(summary = "Show the current supervision rules")
    public SupervisionJson.RulesResponse currentRules() {
        return rules.current();
    }

    /** @return every stored version, newest first, then version 0 */
    @Get("/rules/history")
    @Operation(summary = "List the versions of the supervision rules, newest first")
    public List<SupervisionJson.RulesResponse> rulesHistory() {
        return rules.history();
    }

    /**
     * @param request        the changes to the current version
     * @param authentication the supervisor
     * @return 201 with the new version
     */
    @Post("/rules")
    @Idempotent
    @Operation(summary = "Store a new version of the rules (changed rules get their own version + 1)",
            description = "Requires Idempotency-Key. Rules not named keep their settings; a named rule's parameters not "
                    + "named keep their values. Unknown rule or parameter: 422 unknown on rules[i].id or "
                    + "rules[i].parameters.name; out of range: the rule's bound on that path.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "stricter hampel", value = SupervisionExamples.RULES)))
    public HttpResponse<SupervisionJson.RulesResponse> reviseRules(@Body @Valid SupervisionJson.RulesRequest request,
                                                                   Authentication authentication) {
        return HttpResponse.created(rules.revise(request, authentication.getName()),
                URI.create("/v1/supervision/rules"));
    }

    /**
     * @param severity only this severity
     * @param ruleId   only this rule
     * @param dealId   only alerts on this deal (raised as it was recorded)
     * @param status   only alerts now in this status
     * @param from     raised at or after (ISO instant)
     * @param to       raised before (ISO instant)
     * @param page     page from 0
     * @param size     1..500 (default 100)
     * @param request  the request (for the next page's link)
     * @return one page of alerts, newest first; {@code X-Total-Count} and a {@code Link} to the next page
     */
    @Get("/alerts")
    @Operation(summary = "List alerts, newest first, filtered by severity, rule, deal, status and time")
    public HttpResponse<List<SupervisionJson.AlertResponse>> listAlerts(@QueryValue @Nullable Severity severity,
            @QueryValue @Nullable @Size(max = 64) String ruleId, @QueryValue @Nullable @Size(max = 64) String dealId,
            @QueryValue @Nullable AlertStatus status, @QueryValue @Nullable Instant from,
            @QueryValue @Nullable Instant to, @QueryValue @Nullable @Min(0) @Max(1_000_000) Integer page,
            @QueryValue @Nullable @Min(1) @Max(AlertService.MAX_PAGE_SIZE) Integer size, HttpRequest<?> request) {
        int p = page == null ? 0 : page;
        int n = size == null ? 100 : size;
        AlertService.Page result = alerts.page(severity, ruleId, dealId, status, from, to, p, n);
        MutableHttpResponse<List<SupervisionJson.AlertResponse>> response = HttpResponse.ok(result.alerts())
                .header("X-Total-Count", Long.toString(result.total()));
        if ((long) (p + 1) * n < result.total()) {
            String next = UriBuilder.of(request.getUri()).replaceQueryParam("page", p + 1)
                    .replaceQueryParam("size", n).build().toString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * @param id the alert
     * @return the alert with its evidence, explanation and workflow
     */
    @Get("/alerts/{id}")
    @Operation(summary = "Show an alert with its evidence, explanation and workflow")
    public SupervisionJson.AlertResponse alert(@PathVariable @Pattern(regexp = ID) String id) {
        return alerts.find(id);
    }

    /**
     * @param id             the alert
     * @param request        the status to enter and why
     * @param authentication the supervisor
     * @return the alert after the move
     */
    @Post("/alerts/{id}/transitions")
    @Idempotent
    @Operation(summary = "Move an alert: OPEN → ACKNOWLEDGED → ESCALATED or CLOSED (reason required to escalate or close)",
            description = "Requires Idempotency-Key. A move the workflow does not allow: 422 invalid-state on status; "
                    + "a missing reason: 422 missing on reason.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "acknowledge", value = SupervisionExamples.TRANSITION)))
    public HttpResponse<SupervisionJson.AlertResponse> transition(@PathVariable @Pattern(regexp = ID) String id,
            @Body @Valid SupervisionJson.TransitionRequest request, Authentication authentication) {
        return HttpResponse.ok(alerts.transition(id, request, authentication.getName()));
    }

    /**
     * @param request the window
     * @return the deals judged and the alerts found (stored each once)
     */
    @Post("/scans")
    @Idempotent
    @Operation(summary = "Scan stored deals of a window with every rule, pattern and concentration screen",
            description = "Requires Idempotency-Key. At most 732 days and 100,000 deals (else 422 on to). Alerts are "
                    + "stored once: a second scan answers the stored ones with created false.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two years", value = SupervisionExamples.SCAN)))
    public HttpResponse<SupervisionJson.ScanResponse> scan(@Body @Valid SupervisionJson.ScanRequest request) {
        return HttpResponse.ok(scans.scan(request));
    }

    /**
     * @param request        the two parties
     * @param authentication the supervisor
     * @return 201 with the new link, 200 with the stored one when the pair was declared before
     */
    @Post("/owner-links")
    @Idempotent
    @Operation(summary = "Declare two parties under one beneficial owner (used by the pattern screens)",
            description = "Requires Idempotency-Key. The same party twice: 422 invalid-state on partyB.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one owner", value = SupervisionExamples.OWNER_LINK)))
    public HttpResponse<SupervisionJson.OwnerLinkResponse> declare(@Body @Valid SupervisionJson.OwnerLinkRequest request,
                                                                   Authentication authentication) {
        OwnerLinkService.Declared d = links.declare(request, authentication.getName());
        return d.created() ? HttpResponse.created(d.link()) : HttpResponse.ok(d.link());
    }

    /** @return the declared owner links, oldest first */
    @Get("/owner-links")
    @Operation(summary = "List the declared beneficial-owner links")
    public List<SupervisionJson.OwnerLinkResponse> ownerLinks() {
        return links.list();
    }

    /**
     * @param from first deal date
     * @param to   last deal date
     * @return the self-dealing, wash / circular trading and round-trip alerts of the window (not stored)
     */
    @Get("/patterns")
    @Operation(summary = "Find self-dealing, wash / circular trading and round trips among declared owner groups")
    public SupervisionJson.PatternsResponse patterns(@QueryValue LocalDate from, @QueryValue LocalDate to) {
        return scans.patterns(from, to);
    }

    /**
     * @param from first date (UTC)
     * @param to   last date (UTC), at most 732 days after from
     * @return the bid-rotation, cover-bidding, identical-offer and parallel-pricing alerts of the window (not stored;
     *         {@code POST /v1/supervision/scans} stores them)
     */
    @Get("/patterns/collusion")
    @Operation(summary = "Find bid rotation and cover bidding in auctions, identical offer sequences in negotiations and "
            + "parallel pricing in fixed-price quotes",
            description = "Reads the auctions closed with a sale, the negotiations opened and the fixed-price listings "
                    + "created in the window (at most 5,000 auctions, 5,000 negotiations and 50,000 quotes, else 422 on "
                    + "to). Settings: the pattern.* rules of GET /v1/supervision/rules; each alert cites its rule version "
                    + "and the answer the rules version.")
    public SupervisionJson.CollusionResponse collusion(@QueryValue LocalDate from, @QueryValue LocalDate to) {
        return scans.collusion(from, to);
    }

    /**
     * @param from first deal date
     * @param to   last deal date
     * @param side SELLER (default) or BUYER
     * @return HHI, CR4, shares, entry and exit per category and month, and the threshold alerts (not stored)
     */
    @Get("/concentration")
    @Operation(summary = "Concentration per category and month (HHI, CR4, shares, entry and exit) with threshold alerts")
    public SupervisionJson.ConcentrationResponse concentration(@QueryValue LocalDate from, @QueryValue LocalDate to,
                                                               @QueryValue @Nullable MarketSide side) {
        return scans.concentration(from, to, side == null ? MarketSide.SELLER : side);
    }
}
