package org.dataprice.api.pledge;

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
 * Pledge financing of data assets: a stateless computation ({@code APPRAISER} or {@code READER}; no
 * Idempotency-Key needed). The answer carries the explanation.
 */
@Interruptible
@AllowedBelowFloor("computes from the request and stores nothing")
@Controller("/v1/pledge")
@Secured({Roles.APPRAISER, Roles.READER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pledge", description = "Loan limit of a data-asset pledge")
public class PledgeController {
    private final PledgeService pledge;

    /** @param pledge the pledge computations */
    public PledgeController(PledgeService pledge) {
        this.pledge = pledge;
    }

    /**
     * Loan limit = V × base LTV × haircuts, capped by the ticket cap, with the term capped; optionally
     * also against a seeded Monte Carlo percentile of V (the lower limit wins).
     *
     * @param request the collateral, policy overrides and optional stress
     * @return the limit with its haircuts and explanation
     */
    @Post("/loan-limit")
    @Operation(summary = "Pledge loan limit (with an optional stressed limit)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "loan limit", value = PledgeExamples.LOAN_LIMIT)))
    public LoanLimitResponse loanLimit(@Body @Valid LoanLimitRequest request) {
        return pledge.loanLimit(request);
    }
}
