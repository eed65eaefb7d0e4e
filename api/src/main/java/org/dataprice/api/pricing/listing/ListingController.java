package org.dataprice.api.pricing.listing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
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
import java.util.List;

/**
 * Listings (挂牌) and their appraisals. Any authenticated caller may list a product (and becomes its
 * seller); only {@code APPRAISER} attaches appraisals.
 */
@Controller("/v1/listings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: listings", description = "Listings and appraisals with the band check")
public class ListingController {
    private final ListingService listings;

    /**
     * @param listings   the listing service
     */
    public ListingController(ListingService listings) {
        this.listings = listings;
    }

    /**
     * Creates a listing; the caller is its seller.
     *
     * @param request   the listing
     * @param principal the caller
     * @return 201 with the listing
     */
    @Post
    @Idempotent
    @Operation(summary = "Create a listing (the caller is the seller)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "negotiated", value = PricingExamples.LISTING_NEGOTIATED),
            @ExampleObject(name = "auction", value = PricingExamples.LISTING_AUCTION),
            @ExampleObject(name = "fixed price", value = PricingExamples.LISTING_FIXED_PRICE)}))
    @ApiResponse(responseCode = "201", description = "The listing", content = @Content(
            schema = @Schema(implementation = ListingResponse.class),
            examples = @ExampleObject(name = "negotiated", value = PricingExamples.LISTING_NEGOTIATED_ANSWER)))
    public HttpResponse<ListingResponse> create(@Body @Valid CreateListingRequest request, Principal principal) {
        ListingResponse listing = listings.create(request, principal.getName());
        return HttpResponse.created(listing, URI.create("/v1/listings/" + listing.id()));
    }

    /**
     * @param id the listing id
     * @return the listing with its latest appraisal
     */
    @Get("/{id}")
    @Operation(summary = "Show a listing with its latest appraisal")
    public ListingResponse show(@PathVariable String id) {
        return listings.find(id);
    }

    /**
     * Attaches an appraisal and checks the quote against its band (flagged, not forbidden).
     *
     * @param id        the listing id
     * @param request   the appraisal
     * @param principal the appraiser
     * @return 201 with the appraisal and band check
     */
    @Post("/{id}/appraisals")
    @Idempotent
    @Secured(Roles.APPRAISER)
    @Operation(summary = "Attach an appraisal (APPRAISER)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "appraised value",
            value = PricingExamples.APPRAISAL)))
    public HttpResponse<AppraisalResponse> appraise(@PathVariable String id, @Body @Valid AppraisalRequest request,
                                                    Principal principal) {
        AppraisalResponse appraisal = listings.appraise(id, request, principal.getName());
        return HttpResponse.created(appraisal, URI.create("/v1/listings/" + id + "/appraisals"));
    }

    /**
     * @param id the listing id
     * @return its appraisals, oldest first
     */
    @Get("/{id}/appraisals")
    @Operation(summary = "List a listing's appraisals")
    public List<AppraisalResponse> appraisals(@PathVariable String id) {
        return listings.appraisals(id);
    }

    /**
     * The listing's seller justifies a quote flagged by the latest appraisal; until then the listing
     * cannot be negotiated or auctioned.
     *
     * @param id        the listing id
     * @param request   the justification
     * @param principal the seller
     * @return 201 with the justification and the band review
     */
    @Post("/{id}/justification")
    @Idempotent
    @Operation(summary = "Justify a flagged quote (the listing's seller)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "justification",
            value = PricingExamples.JUSTIFICATION)))
    public HttpResponse<JustificationResponse> justify(@PathVariable String id, @Body @Valid JustificationRequest request,
                                                       Principal principal) {
        return HttpResponse.created(listings.justify(id, request, principal.getName()),
                URI.create("/v1/listings/" + id + "/justification"));
    }
}
