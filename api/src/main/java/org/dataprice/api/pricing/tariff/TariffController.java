package org.dataprice.api.pricing.tariff;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.security.Roles;
import org.dataprice.pricing.listing.DataUse;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;

/**
 * Public-data tariffs (发改价格〔2025〕65号): {@code ADMIN} creates tariffs and adds periods; any
 * authenticated caller reads them and computes fees.
 */
@Controller("/v1/tariffs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: tariffs", description = "Public-data tariffs, their periods and fees")
public class TariffController {
    private final TariffService tariffs;

    /**
     * @param tariffs the tariff service
     */
    public TariffController(TariffService tariffs) {
        this.tariffs = tariffs;
    }

    /**
     * @param request   the tariff
     * @param principal the ADMIN
     * @return 201 with the tariff
     */
    @Post
    @Idempotent
    @Secured(Roles.ADMIN)
    @Operation(summary = "Create a public-data tariff (ADMIN)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tariff", value = PricingExamples.TARIFF)))
    public HttpResponse<TariffResponse> create(@Body @Valid CreateTariffRequest request, Principal principal) {
        TariffResponse t = tariffs.create(request, principal.getName());
        return HttpResponse.created(t, URI.create("/v1/tariffs/" + t.id()));
    }

    /**
     * @param id the tariff
     * @return it with its periods
     */
    @Get("/{id}")
    @Operation(summary = "Show a tariff with its periods")
    public TariffResponse show(@PathVariable String id) {
        return tariffs.find(id);
    }

    /**
     * @param id        the tariff
     * @param request   the period
     * @param principal the ADMIN
     * @return 201 with the period
     */
    @Post("/{id}/periods")
    @Idempotent
    @Secured(Roles.ADMIN)
    @Operation(summary = "Add a tariff period (ADMIN); periods may not overlap")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tiers and discount",
            value = PricingExamples.TARIFF_PERIOD)))
    @ApiResponse(responseCode = "201", description = "The period", content = @Content(
            schema = @Schema(implementation = TariffPeriodResponse.class),
            examples = @ExampleObject(name = "tiers and discount", value = PricingExamples.TARIFF_PERIOD_ANSWER)))
    public HttpResponse<TariffPeriodResponse> addPeriod(@PathVariable String id,
                                                        @Body @Valid TariffPeriodRequest request,
                                                        Principal principal) {
        return HttpResponse.created(tariffs.addPeriod(id, request, principal.getName()),
                URI.create("/v1/tariffs/" + id));
    }

    /**
     * @param id       the tariff
     * @param volume   the volume used
     * @param use      the use scenario
     * @param scenario a supported scenario for a discount
     * @param at       the instant whose period applies (default now)
     * @return the fee
     */
    @Get("/{id}/fee")
    @Operation(summary = "Fee of a volume under the period valid at an instant")
    public FeeResponse fee(@PathVariable String id, @QueryValue @Min(0) long volume, @QueryValue DataUse use,
                           @QueryValue @Nullable String scenario, @QueryValue @Nullable Instant at) {
        return tariffs.fee(id, volume, use, scenario, at);
    }
}
