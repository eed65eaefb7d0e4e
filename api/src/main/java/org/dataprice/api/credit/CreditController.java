package org.dataprice.api.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Roles;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;

/**
 * Market credit (市场信用): {@code SUPERVISOR} records events, answers objections and decides repairs; a party files
 * objections and repair requests on its own events and reads its own standing (a supervisor reads anyone's).
 */
@Controller("/v1/supervision/credit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Supervision: market credit", description = "Credit events, standing, objections and repair")
public class CreditController {
    private static final String BASE = "/v1/supervision/credit";
    private final CreditService credit;

    /**
     * @param credit the credit service
     */
    public CreditController(CreditService credit) {
        this.credit = credit;
    }

    /**
     * @param request   the event
     * @param principal the supervisor
     * @return 201 with the event and the party's standing
     */
    @Post("/events")
    @Idempotent
    @Secured(Roles.SUPERVISOR)
    @Operation(summary = "Record a credit event of a party (SUPERVISOR)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "confirmed alert", value = CreditExamples.EVENT)))
    @ApiResponse(responseCode = "201", description = "The event and the standing after it", content = @Content(
            schema = @Schema(implementation = CreditResponses.Recorded.class),
            examples = @ExampleObject(name = "confirmed alert", value = CreditExamples.EVENT_ANSWER)))
    public HttpResponse<CreditResponses.Recorded> event(@Body @Valid CreditRequests.Event request, Principal principal) {
        return created(credit.recordEvent(request, principal.getName()), BASE + "/parties/" + request.partyId());
    }

    /**
     * @param eventId   the event
     * @param request   the grounds
     * @param principal the event's party
     * @return 201 with the objection, its deadline and the standing
     */
    @Post("/events/{eventId}/objections")
    @Idempotent
    @Operation(summary = "Object to one of the caller's credit events (the event's party)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "objection", value = CreditExamples.OBJECTION)))
    public HttpResponse<CreditResponses.Recorded> object(@PathVariable String eventId,
                                                         @Body @Valid CreditRequests.Objection request,
                                                         Principal principal) {
        CreditResponses.Recorded r = credit.object(eventId, request, principal.getName());
        return created(r, BASE + "/parties/" + r.partyId());
    }

    /**
     * @param objectionId the objection
     * @param request     the answer
     * @param principal   the supervisor
     * @return 201 with the answer and the standing
     */
    @Post("/objections/{objectionId}/answer")
    @Idempotent
    @Secured(Roles.SUPERVISOR)
    @Operation(summary = "Answer an objection (SUPERVISOR)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejected", value = CreditExamples.ANSWER)))
    public HttpResponse<CreditResponses.Recorded> answer(@PathVariable String objectionId,
                                                         @Body @Valid CreditRequests.Answer request,
                                                         Principal principal) {
        CreditResponses.Recorded r = credit.answer(objectionId, request, principal.getName());
        return created(r, BASE + "/parties/" + r.partyId());
    }

    /**
     * @param eventId   the event
     * @param request   the conditions met and the statement
     * @param principal the event's party
     * @return 201 with the request, its decision deadline and the standing
     */
    @Post("/events/{eventId}/repairs")
    @Idempotent
    @Operation(summary = "Ask to repair one of the caller's credit events (the event's party)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "repair", value = CreditExamples.REPAIR)))
    public HttpResponse<CreditResponses.Recorded> repair(@PathVariable String eventId,
                                                         @Body @Valid CreditRequests.Repair request,
                                                         Principal principal) {
        CreditResponses.Recorded r = credit.requestRepair(eventId, request, principal.getName());
        return created(r, BASE + "/parties/" + r.partyId());
    }

    /**
     * @param repairId  the repair request
     * @param request   the decision
     * @param principal the supervisor
     * @return 201 with the decision and the standing
     */
    @Post("/repairs/{repairId}/decision")
    @Idempotent
    @Secured(Roles.SUPERVISOR)
    @Operation(summary = "Decide a repair request (SUPERVISOR)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "granted", value = CreditExamples.DECISION)))
    public HttpResponse<CreditResponses.Recorded> decide(@PathVariable String repairId,
                                                         @Body @Valid CreditRequests.Decision request,
                                                         Principal principal) {
        CreditResponses.Recorded r = credit.decide(repairId, request, principal.getName());
        return created(r, BASE + "/parties/" + r.partyId());
    }

    /**
     * @param partyId        the party
     * @param at             the instant (default now)
     * @param authentication the caller: the party itself or a supervisor (others get 404)
     * @return the standing with its explanation
     */
    @Get("/parties/{partyId}{?at}")
    @Operation(summary = "A party's credit standing with its explanation (the party itself, SUPERVISOR)")
    public CreditResponses.Standing standing(@PathVariable String partyId, @Nullable @QueryValue Instant at,
                                             Authentication authentication) {
        return credit.standing(partyId, at, authentication.getName(),
                authentication.getRoles().contains(Roles.SUPERVISOR));
    }

    private static HttpResponse<CreditResponses.Recorded> created(CreditResponses.Recorded body, String location) {
        int party = location.lastIndexOf('/') + 1; // a party id may hold any character: encode it as a path segment
        return HttpResponse.created(body, URI.create(location.substring(0, party) + java.net.URLEncoder.encode(
                location.substring(party), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
    }
}
