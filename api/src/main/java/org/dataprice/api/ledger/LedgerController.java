package org.dataprice.api.ledger;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dataprice.api.security.Roles;

/**
 * The integrity of the hash-chained ledgers, checked on demand; {@code ADMIN} only. A GET: the check
 * changes no business state, and a repeated call answers the same for the same store; it does refresh
 * the service's integrity state, so a store restored by an operator is accepted again (readiness UP,
 * writes served) as soon as this answers {@code OK}.
 */
@Controller("/v1/ledgers")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ledgers", description = "Tamper-evident ledgers: verify the hash chains (ADMIN)")
public class LedgerController {
    private final LedgerVerifier verifier;

    /** @param verifier the verifier */
    public LedgerController(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    /** @return the verification of every ledger, run now */
    @Get("/verification")
    @Operation(summary = "Verify the ledgers now",
            description = "Walks every ledger's hash chain (settlements, deals, offers, purchases, index-releases, index-corrections, "
                    + "valuations), recomputes each record's content hash from its rows, checks the links, the head, "
                    + "that no business row lacks an entry, and the anchor outside the database. Answers 200 with "
                    + "status OK or FAILED and the first failure. A pass clears an earlier failure (readiness UP, "
                    + "writes served again); a failure makes readiness DOWN and refuses writes with 503 "
                    + "ledger-integrity. Time grows with the number of chained records.")
    @ApiResponse(responseCode = "200", description = "The verification (OK or FAILED)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LedgerVerification.class)))
    public LedgerVerification verify() {
        return verifier.verify();
    }
}
