package org.dataprice.api.pricing.purchase;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

import java.net.URI;
import java.security.Principal;

/**
 * Buying from a FIXED_PRICE listing at its posted price: a volume at the cumulative tiered fee, or a
 * subscription term. Any authenticated caller except the listing's seller.
 */
@Controller("/v1/listings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: listings", description = "Listings and appraisals with the band check")
public class PurchaseController {
    private final PurchaseService purchases;

    /** @param purchases the purchase service */
    public PurchaseController(PurchaseService purchases) {
        this.purchases = purchases;
    }

    /**
     * @param id        the listing id
     * @param request   {@code {"volume": n}} or {@code {"subscription": "<term id or months>"}}
     * @param principal the buyer
     * @return 201 with the purchase and its deal id
     */
    @Post("/{id}/purchases")
    @Idempotent
    @Operation(summary = "Buy from a FIXED_PRICE listing: a volume (tiered fee) or a subscription term")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "volume", value = PricingExamples.PURCHASE_VOLUME),
            @ExampleObject(name = "subscription", value = PricingExamples.PURCHASE_SUBSCRIPTION)}))
    @ApiResponse(responseCode = "201", description = "The purchase and its deal", content = @Content(
            schema = @Schema(implementation = PurchaseResponse.class),
            examples = @ExampleObject(name = "volume", value = PricingExamples.PURCHASE_VOLUME_ANSWER)))
    public HttpResponse<PurchaseResponse> buy(@PathVariable String id, @Body @Valid PurchaseRequest request,
                                              Principal principal) {
        PurchaseResponse purchase = purchases.buy(id, request, principal.getName());
        return HttpResponse.created(purchase, URI.create("/v1/listings/" + id + "/purchases/" + purchase.id()));
    }
}
