package org.dataprice.api.finance;

import org.dataprice.api.budget.Interruptible;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.security.Roles;
import org.dataprice.api.storage.AllowedBelowFloor;

/**
 * Option and real-option values: stateless computations ({@code APPRAISER} or {@code READER}; no
 * Idempotency-Key needed), limited by {@code dataprice.finance.*}. Every answer carries the explanation.
 */
@Interruptible
@AllowedBelowFloor("computes from the request and stores nothing")
@Controller("/v1/options")
@Secured({Roles.APPRAISER, Roles.READER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Options", description = "Black-Scholes-Merton, binomial trees and real options, Monte Carlo")
public class OptionsController {
    private final FinanceService finance;

    /** @param finance the finance computations */
    public OptionsController(FinanceService finance) {
        this.finance = finance;
    }

    /**
     * Black–Scholes–Merton price and greeks, or the implied volatility of a market price.
     *
     * @param request the option
     * @return price, greeks (vega per 1.00 of σ, theta per year, rho per 1.00 of r) and explanation
     */
    @Post("/black-scholes")
    @Operation(summary = "Black-Scholes-Merton price, greeks and implied volatility")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "european call",
            value = FinanceExamples.BLACK_SCHOLES)))
    public BlackScholesResponse blackScholes(@Body @Valid BlackScholesRequest request) {
        return finance.blackScholes(request);
    }

    /**
     * Cox–Ross–Rubinstein tree: European or American, textbook or drift-adjusted probability, odd/even
     * averaging, or real options (defer, expand, abandon, switch).
     *
     * @param request the option and tree
     * @return the value with its explanation
     */
    @Post("/binomial")
    @Operation(summary = "Binomial tree (CRR) and real options")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "american put", value = FinanceExamples.BINOMIAL_AMERICAN_PUT),
            @ExampleObject(name = "real options", value = FinanceExamples.BINOMIAL_REAL_OPTIONS)}))
    public BinomialResponse binomial(@Body @Valid BinomialRequest request) {
        return finance.binomial(request);
    }

    /**
     * Monte Carlo under geometric Brownian motion with an explicit seed: European, Asian or barrier
     * payoffs, antithetic variates and a control variate.
     *
     * @param request the option, paths and seed
     * @return the estimate, its standard error and 95 % interval
     */
    @Post("/monte-carlo")
    @Operation(summary = "Monte Carlo option value (seeded)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "european call",
            value = FinanceExamples.MONTE_CARLO)))
    public MonteCarloResponse monteCarlo(@Body @Valid MonteCarloRequest request) {
        return finance.monteCarlo(request);
    }
}
