package org.dataprice.api.pricing.deal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.uri.UriBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The comparable-transaction table (concluded deals); readable by any authenticated caller. */
@Controller("/v1/deals")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: deals", description = "Concluded deals, the comparable transactions")
public class DealController {
    private final DealService deals;

    /**
     * @param deals the deal store
     */
    public DealController(DealService deals) {
        this.deals = deals;
    }

    /**
     * @param productId only this product
     * @param category  only this category (when no product is given)
     * @param from      only deals dated on or after (yyyy-MM-dd, UTC)
     * @param to        only deals dated on or before (yyyy-MM-dd, UTC)
     * @param page      page number from 0 (default 0)
     * @param size      page size 1..1000 (default 1000)
     * @return one page of the deals, oldest first; {@code X-Total-Count} and a {@code Link} to the next page
     */
    @Get
    @Operation(summary = "List deals, by product or category and date window, one page at a time")
    public HttpResponse<List<DealResponse>> list(@QueryValue @Nullable String productId,
            @QueryValue @Nullable String category, @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to, @QueryValue @Nullable @Min(0) @Max(1_000_000) Integer page,
            @QueryValue @Nullable @Min(1) @Max(DealService.MAX_PAGE_SIZE) Integer size, HttpRequest<?> request) {
        int p = page == null ? 0 : page;
        int n = size == null ? DealService.MAX_PAGE_SIZE : size;
        DealService.Page result = deals.page(productId, category, from, to, p, n);
        MutableHttpResponse<List<DealResponse>> response = HttpResponse.ok(result.deals())
                .header("X-Total-Count", Long.toString(result.total()));
        if ((long) (p + 1) * n < result.total()) {
            String next = UriBuilder.of(request.getUri()).replaceQueryParam("page", p + 1)
                    .replaceQueryParam("size", n).build().toString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * @param id the deal
     * @return the deal
     */
    @Get("/{id}")
    @Operation(summary = "Show a deal")
    public DealResponse show(@PathVariable String id) {
        return deals.find(id);
    }
}
