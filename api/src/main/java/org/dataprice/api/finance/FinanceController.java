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
 * Discounted cash flows and rates of return: stateless computations ({@code APPRAISER} or
 * {@code READER}; no Idempotency-Key needed). Every answer carries the explanation.
 */
@Interruptible
@AllowedBelowFloor("computes from the request and stores nothing")
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
    @RequestBody(content = @Content(examples = @ExampleObject(name = "npv", value = FinanceExamples.NPV)))
    public NpvResponse npv(@Body @Valid NpvRequest request) {
        return finance.npv(request);
    }

    /** The OpenAPI description shared by IRR and XIRR: what {@code unique} means. */
    static final String IRR_DESCRIPTION = "Every rate r > -1 with NPV(r) = 0 that the scan finds is listed in `roots`. "
            + "`unique` is true only when proven: the time-ordered flows change sign once, so by Descartes' rule "
            + "of signs there is exactly one rate (`uniqueBy: DESCARTES_ONE_SIGN_CHANGE`). With two or more sign "
            + "changes `unique` is false (`uniqueBy: NOT_PROVEN`) even when one root was found, and `warnings` "
            + "list why: several roots (the rate is the one nearest `guess`), a tangent root where NPV touches "
            + "zero without changing sign, or rates outside [`scanLow`, `scanHigh`] that were not searched. "
            + "All-zero flows have NPV zero at every rate: 422 invalid-state. See docs/finance.md.";

    /**
     * Internal rate of return: every root found is reported with the scanned interval; {@code unique}
     * is true only when proven (one sign change, Descartes' rule of signs), otherwise {@code warnings}
     * say why. Flows without a root answer 422 {@code no-solution} on {@code amounts}; all-zero flows
     * (NPV zero at every rate) answer 422 {@code invalid-state} on {@code amounts}.
     *
     * @param request the periodic flows
     * @return the rate, all roots, the sign changes, uniqueness and its proof, the scan and warnings
     */
    @Post("/irr")
    @Operation(summary = "Internal rate of return (all roots)", description = IRR_DESCRIPTION)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "irr", value = FinanceExamples.IRR)))
    public IrrResponse irr(@Body @Valid IrrRequest request) {
        return finance.irr(request);
    }

    /**
     * Internal rate of return of dated flows (Actual/365 Fixed, as Excel's XIRR), with the same
     * roots, uniqueness proof, scanned interval and warnings as {@code /irr}; errors name {@code flows}.
     *
     * @param request the dated flows
     * @return the rate, all roots, the sign changes, uniqueness and its proof, the scan and warnings
     */
    @Post("/xirr")
    @Operation(summary = "Internal rate of return of dated flows (XIRR)", description = IRR_DESCRIPTION)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "xirr", value = FinanceExamples.XIRR)))
    public IrrResponse xirr(@Body @Valid XirrRequest request) {
        return finance.xirr(request);
    }
}
