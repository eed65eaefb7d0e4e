package org.dataprice.api.pricing;

import io.micronaut.core.annotation.Nullable;
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
     * @return the deals, oldest first
     */
    @Get
    @Operation(summary = "List deals, by product or category")
    public List<DealResponse> list(@QueryValue @Nullable String productId, @QueryValue @Nullable String category) {
        return deals.list(productId, category);
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
