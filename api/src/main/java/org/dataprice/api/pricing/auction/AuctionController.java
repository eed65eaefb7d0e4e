package org.dataprice.api.pricing.auction;

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
 * Auctions (竞价): English, first-price and Vickrey sealed bid. The listing's seller opens and closes;
 * any other authenticated caller may bid.
 */
@Controller("/v1/auctions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: auctions", description = "English and sealed-bid auctions")
public class AuctionController {
    private final AuctionService auctions;

    /**
     * @param auctions the auction service
     */
    public AuctionController(AuctionService auctions) {
        this.auctions = auctions;
    }

    /**
     * @param request   the auction
     * @param principal the listing's seller
     * @return 201 with the auction
     */
    @Post
    @Idempotent
    @Operation(summary = "Open an auction on an AUCTION listing (its seller)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "vickrey",
            description = PricingExamples.AUCTION_NOTE, value = PricingExamples.AUCTION)))
    public HttpResponse<AuctionResponse> open(@Body @Valid OpenAuctionRequest request, Principal principal) {
        AuctionResponse a = auctions.open(request, principal.getName());
        return HttpResponse.created(a, URI.create("/v1/auctions/" + a.id()));
    }

    /**
     * @param id        the auction
     * @param authentication the caller; a {@link Roles#SUPERVISOR} sees what the seller sees (the reserve)
     * @return the auction (sealed bids hidden until the close)
     */
    @Get("/{id}")
    @Operation(summary = "Show an auction")
    public AuctionResponse show(@PathVariable String id, Authentication authentication) {
        return auctions.find(id, authentication.getName(), authentication.getRoles().contains(Roles.SUPERVISOR));
    }

    /**
     * @param id        the auction
     * @param request   the amount
     * @param principal the bidder
     * @return 201 with the auction after the bid
     */
    @Post("/{id}/bids")
    @Idempotent
    @Operation(summary = "Bid (anyone but the seller)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bid", value = PricingExamples.BID)))
    @ApiResponse(responseCode = "201", description = "The auction after the bid", content = @Content(
            schema = @Schema(implementation = AuctionResponse.class),
            examples = @ExampleObject(name = "bid", value = PricingExamples.BID_ANSWER)))
    public HttpResponse<AuctionResponse> bid(@PathVariable String id, @Body @Valid BidRequest request,
                                             Principal principal) {
        return HttpResponse.created(auctions.bid(id, principal.getName(), request), URI.create("/v1/auctions/" + id));
    }

    /**
     * @param id        the auction
     * @param principal the seller
     * @return the closed auction with its result and deal
     */
    @Post("/{id}/close")
    @Idempotent
    @Operation(summary = "Close at or after the deadline (the seller); records the deal")
    public HttpResponse<AuctionResponse> close(@PathVariable String id, Principal principal) {
        return HttpResponse.ok(auctions.close(id, principal.getName()));
    }
}
