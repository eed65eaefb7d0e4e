package org.dataprice.api.pricing.negotiation;

import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.security.Roles;

import java.net.URI;
import java.security.Principal;

/**
 * Human-driven negotiations (议价). Any authenticated caller may open one as buyer on a NEGOTIATED
 * listing; afterwards only its seller and buyer may see it or act (others: 404, as for an unknown id).
 */
@Controller("/v1/negotiations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: negotiations", description = "Offers, acceptance, withdrawal; optimistic locking")
public class NegotiationController {
    private final NegotiationService negotiations;

    /**
     * @param negotiations the negotiation service
     */
    public NegotiationController(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    /**
     * @param request   listing, first mover, deadline, rounds
     * @param principal the buyer
     * @return 201 with the negotiation
     */
    @Post
    @Idempotent
    @Operation(summary = "Open a negotiation on a listing (the caller is the buyer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "buyer first",
            description = PricingExamples.NEGOTIATION_NOTE, value = PricingExamples.NEGOTIATION)))
    @ApiResponse(responseCode = "201", description = "The negotiation", content = @Content(
            schema = @Schema(implementation = NegotiationResponse.class),
            examples = @ExampleObject(name = "buyer first", value = PricingExamples.NEGOTIATION_ANSWER)))
    public HttpResponse<NegotiationResponse> open(@Body @Valid OpenNegotiationRequest request, Principal principal) {
        NegotiationResponse n = negotiations.open(request, principal.getName());
        return HttpResponse.created(n, URI.create("/v1/negotiations/" + n.id()));
    }

    /**
     * @param id        the negotiation
     * @param authentication a party, or a {@link Roles#SUPERVISOR} (who reads every negotiation)
     * @return the negotiation and its offers
     */
    @Get("/{id}")
    @Operation(summary = "Show a negotiation (parties and SUPERVISOR only)")
    public NegotiationResponse show(@PathVariable String id, Authentication authentication) {
        return negotiations.find(id, authentication.getName(),
                authentication.getRoles().contains(Roles.SUPERVISOR));
    }

    /**
     * @param id        the negotiation
     * @param request   the offer
     * @param principal the party whose turn it is
     * @return 201 with the negotiation after the offer
     */
    @Post("/{id}/offers")
    @Idempotent
    @Operation(summary = "Make an offer (the party whose turn it is)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "first offer", value = PricingExamples.OFFER)))
    @ApiResponse(responseCode = "201", description = "The negotiation after the offer", content = @Content(
            schema = @Schema(implementation = NegotiationResponse.class),
            examples = @ExampleObject(name = "first offer", value = PricingExamples.OFFER_ANSWER)))
    public HttpResponse<NegotiationResponse> offer(@PathVariable String id, @Body @Valid OfferRequest request,
                                                   Principal principal) {
        NegotiationResponse n = negotiations.propose(id, principal.getName(), request);
        return HttpResponse.created(n, URI.create("/v1/negotiations/" + id));
    }

    /**
     * @param id        the negotiation
     * @param principal the party whose turn it is
     * @return the agreed negotiation with its deal id
     */
    @Post("/{id}/accept")
    @Idempotent
    @Operation(summary = "Accept the other party's last offer; records the deal")
    public HttpResponse<NegotiationResponse> accept(@PathVariable String id, Principal principal) {
        return HttpResponse.ok(negotiations.accept(id, principal.getName()));
    }

    /**
     * @param id        the negotiation
     * @param principal a party
     * @return the withdrawn negotiation
     */
    @Post("/{id}/withdraw")
    @Idempotent
    @Operation(summary = "Withdraw from a negotiation")
    public HttpResponse<NegotiationResponse> withdraw(@PathVariable String id, Principal principal) {
        return HttpResponse.ok(negotiations.withdraw(id, principal.getName()));
    }

    /**
     * @param id        the negotiation
     * @param principal a party
     * @return the expired negotiation
     */
    @Post("/{id}/expire")
    @Idempotent
    @Operation(summary = "Mark a negotiation expired at or after its deadline")
    public HttpResponse<NegotiationResponse> expire(@PathVariable String id, Principal principal) {
        return HttpResponse.ok(negotiations.expire(id, principal.getName()));
    }
}
