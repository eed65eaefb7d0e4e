package org.dataprice.api.finance;

import org.dataprice.api.budget.Interruptible;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.security.Roles;

/**
 * Discounted cash flows and rates of return: stateless computations ({@code APPRAISER} or
 * {@code READER}; no Idempotency-Key needed). Every answer carries the explanation.
 */
@Interruptible
@Controller("/v1/finance")
@Secured({Roles.APPRAISER, Roles.READER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Finance", description = "NPV, IRR and XIRR")
public class FinanceController {
    private final FinanceService finance;

    /** @param finance the finance computations */
    public FinanceController(FinanceService finance) {
        this.finance = finance;
    }

    /**
     * Net present value of periodic or dated flows under annual, periodic or continuous compounding.
     *
     * @param request the flows and the rate
     * @return the NPV with its explanation
     */
    @Post("/npv")
    @Operation(summary = "Net present value (periodic or dated flows)")
    public NpvResponse npv(@Body @Valid NpvRequest request) {
        return finance.npv(request);
    }

    /**
     * Internal rate of return: every root found is reported; flows without a root answer 422
     * {@code no-solution} on {@code amounts}.
     *
     * @param request the periodic flows
     * @return the rate, all roots and the sign changes
     */
    @Post("/irr")
    @Operation(summary = "Internal rate of return (all roots)")
    public IrrResponse irr(@Body @Valid IrrRequest request) {
        return finance.irr(request);
    }

    /**
     * Internal rate of return of dated flows (Actual/365 Fixed, as Excel's XIRR).
     *
     * @param request the dated flows
     * @return the rate, all roots and the sign changes
     */
    @Post("/xirr")
    @Operation(summary = "Internal rate of return of dated flows (XIRR)")
    public IrrResponse xirr(@Body @Valid XirrRequest request) {
        return finance.xirr(request);
    }
}
