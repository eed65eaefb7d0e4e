package org.dataprice.api.pricing.compute;

import org.dataprice.api.budget.Interruptible;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.storage.AllowedBelowFloor;
import org.dataprice.pricing.model.ModelPricing;

/**
 * Stateless price-formation calculations (nothing is stored, so no Idempotency-Key): negotiation
 * simulation, bargaining benchmarks, QIRANA query prices, model-price arbitrage checks and fits. Any authenticated caller.
 */
@Interruptible
@AllowedBelowFloor("computes from the request and stores nothing")
@Controller("/v1/pricing")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Market: calculations", description = "Bargaining benchmarks, query pricing, model pricing")
public class PricingComputeController {

    /**
     * @param request the bargaining problem and method
     * @return the benchmark price
     */
    @Post("/bargaining")
    @Operation(summary = "Bargaining benchmark price (Nash, generalised Nash, Rubinstein, Kalai–Smorodinsky)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rubinstein", value = PricingExamples.BARGAINING)))
    public HttpResponse<BargainingResponse> bargaining(@Body @Valid BargainingRequest request) {
        return HttpResponse.ok(PricingComputeMapper.toResponse(PricingComputeMapper.bargain(request)));
    }

    /**
     * @param request the outcome space, the two agents, rounds and first mover
     * @return the simulated negotiation with its trace
     */
    @Post("/negotiations/simulate")
    @Operation(summary = "Simulate an automated negotiation (time-dependent / tit-for-tat tactics)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hardline seller",
            value = PricingExamples.SIMULATION)))
    public HttpResponse<SimulationResponse> simulate(@Body @Valid SimulationRequest request) {
        return HttpResponse.ok(PricingComputeMapper.toResponse(PricingComputeMapper.simulate(request)));
    }

    /**
     * @param request the operator's cost, base, return, tax, prior period and products
     * @return MAR and the per-product caps
     */
    @Post("/tariff-caps")
    @Operation(summary = "Maximum allowed revenue and price caps of a public-data operator (发改价格〔2025〕65号)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two products",
            value = PricingExamples.TARIFF_CAPS)))
    public HttpResponse<PriceCapsResponse> tariffCaps(@Body @Valid PriceCapsRequest request) {
        return HttpResponse.ok(PricingComputeMapper.priceCaps(request));
    }

    /**
     * @param request the support set, answers and history
     * @return the QIRANA price and the history after the purchase
     */
    @Post("/query-price")
    @Operation(summary = "QIRANA query price (Deep & Koutris 2017)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "qirana", value = PricingExamples.QUERY_PRICE)))
    public HttpResponse<QueryPriceResponse> queryPrice(@Body @Valid QueryPriceRequest request) {
        return HttpResponse.ok(PricingComputeMapper.toResponse(PricingComputeMapper.queryPrice(request)));
    }

    /**
     * @param request the price curve over noise variance
     * @return whether it admits arbitrage, and how
     */
    @Post("/model-price/check")
    @Operation(summary = "Check a model price curve for arbitrage (Chen, Koutris & Kumar 2019)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "arbitrage", value = PricingExamples.PRICE_CURVE)))
    public HttpResponse<ArbitrageCheckResponse> checkModelPrice(@Body @Valid PriceCurveRequest request) {
        return HttpResponse.ok(PricingComputeMapper.toResponse(ModelPricing.DEFAULT.check(PricingComputeMapper.toCurve(request))));
    }

    /**
     * @param request the wished price curve
     * @return the nearest arbitrage-free curve
     */
    @Post("/model-price/fit")
    @Operation(summary = "Nearest arbitrage-free model price curve (least squares)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "arbitrage", value = PricingExamples.PRICE_CURVE)))
    public HttpResponse<FittedCurveResponse> fitModelPrice(@Body @Valid PriceCurveRequest request) {
        return HttpResponse.ok(PricingComputeMapper.toResponse(
                ModelPricing.DEFAULT.nearestArbitrageFree(PricingComputeMapper.toCurve(request))));
    }
}
