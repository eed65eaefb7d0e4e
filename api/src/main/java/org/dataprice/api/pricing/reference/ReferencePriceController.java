package org.dataprice.api.pricing.reference;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.DecimalParser;

import java.math.BigDecimal;

/**
 * The market reference price of a listing ({@code GET /v1/listings/{id}/reference-price}), in its own
 * package because it reads both the listings and the deals (listing &larr; deal &larr; reference, no cycle).
 * Any authenticated caller may read it; the operation stays under the listings tag of the OpenAPI document.
 */
@Controller("/v1/listings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: listings", description = "Listings and appraisals with the band check")
public class ReferencePriceController {
    private final ReferencePriceService references;

    /**
     * @param references the reference prices
     */
    public ReferencePriceController(ReferencePriceService references) {
        this.references = references;
    }

    /**
     * The market reference price: from the appraisal (and cost) anchor in a cold start to the median of
     * comparable deals in a mature market ({@code ReferencePrice}).
     *
     * @param id          the listing id
     * @param costAnchor  the cost anchor C in the listing's currency (decimal)
     * @param costWeight  θ in [0, 1] (default 0.5)
     * @param matureDeals nMature &gt;= 1 (default 30)
     * @param days        the window of deal dates, 1..3660 days back from today (default 365)
     * @param scope       PRODUCT (default) or CATEGORY
     * @param index       opt-in: the published index that carries each deal to today (p × I_now / I_deal month);
     *                    422 naming the months without a published level
     * @param indexSeries the index's series (default the composite); only with {@code index}
     * @return the reference price with its explanation
     */
    @Get("/{id}/reference-price")
    @Operation(summary = "Market reference price of a listing from its appraisal and the comparable deals")
    public ReferencePriceResponse referencePrice(@PathVariable String id,
            @QueryValue @Nullable BigDecimal costAnchor, @QueryValue @Nullable Double costWeight,
            @QueryValue @Nullable Integer matureDeals,
            @QueryValue @Nullable @Min(1) @Max(3660) Integer days,
            @QueryValue @Nullable ReferencePriceService.Scope scope,
            @QueryValue @Nullable @Size(min = 1, max = 64) String index,
            @QueryValue @Nullable @Size(min = 1, max = 64) String indexSeries) {
        Require.that(index != null || indexSeries == null, "indexSeries", indexSeries, Rule.INVALID_STATE,
                "a series needs an index (query parameter index)");
        // query parameters are converted by the framework: bound them as body numbers are
        return references.compute(id, costAnchor == null ? null : DecimalParser.check(costAnchor, "costAnchor"),
                costWeight == null ? null : Require.finite(costWeight, "costWeight"), matureDeals,
                days == null ? ReferencePriceService.DEFAULT_DAYS : days,
                scope == null ? ReferencePriceService.Scope.PRODUCT : scope, index, indexSeries);
    }
}
