package org.dataprice.api.split.settlement;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.idempotency.ReplayFromLocation;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.security.Roles;

import java.net.URI;
import java.util.Optional;

/**
 * Revenue settlements (收益分配): a pool and its rules become exact payments per party, recorded in
 * an append-only ledger; each party reads only its own statements.
 */
@Controller("/v1/settlements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Revenue split", description = "Contribution values and settlements")
public class SettlementController implements ReplayFromLocation {
    private static final String ID_PATTERN = "[0-9a-f-]{36}";
    private final SettlementService settlements;

    /**
     * @param settlements the settlement service
     */
    public SettlementController(SettlementService settlements) {
        this.settlements = settlements;
    }

    /**
     * Settles the periods and records the result; the ledger rows are committed before the 201.
     *
     * @param request        currency, parties with their principals, and periods with pools and terms
     * @param authentication the caller
     * @return 201 with the settlement and its Location
     */
    @Post
    @Idempotent(replayFromLocation = true)
    @Secured({Roles.ADMIN, Roles.SETTLEMENT})
    @Operation(summary = "Settle a revenue pool into exact payments per party", description = "Requires Idempotency-Key. "
            + "The answer lists each statement's lines and total without its explanation; "
            + "GET /v1/settlements/{id}/statements/{party} serves a statement with its explanation.")
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true,
            description = "A unique value per intended settlement, e.g. a UUID",
            schema = @Schema(type = "string", maxLength = 255))
    @ApiResponse(responseCode = "201", description = "Settled and recorded")
    public HttpResponse<SettlementResponse> create(@Body @Valid SettlementRequest request,
                                                   Authentication authentication) {
        SettlementResponse created = settlements.create(request, authentication.getName());
        return HttpResponse.created(created, URI.create("/v1/settlements/" + created.id()));
    }

    /**
     * A replayed {@code POST} answers with the recorded settlement itself: the ledger already holds
     * every statement, so the idempotency record keeps only the Location (the answer of 10,000
     * parties × 13 periods is about 100 MB).
     *
     * @param location {@code /v1/settlements/{id}}
     * @return the settlement, as the first answer carried it
     */
    @Override
    public Optional<Object> replayBody(String location) {
        String id = location.substring(location.lastIndexOf('/') + 1);
        return settlements.find(id).map(Object.class::cast);
    }

    /**
     * @param id the settlement id
     * @return the settlement with every party's statements (lines and totals, without explanations)
     */
    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.SETTLEMENT})
    @Operation(summary = "Show a settlement with every statement (ADMIN, SETTLEMENT)",
            description = "Each statement's lines and total, without its explanation (served with the party's statements).")
    public SettlementResponse show(@PathVariable @Pattern(regexp = ID_PATTERN) String id) {
        return settlements.find(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No settlement " + id));
    }

    /**
     * One party's statements. ADMIN and SETTLEMENT read any party; any other caller only a party
     * listing its principal name (404 for another party of the same settlement, and 404 when it is no
     * party of the settlement).
     *
     * @param id             the settlement id
     * @param party          the party
     * @param authentication the caller
     * @return the party's statements, every period
     */
    @Get("/{id}/statements/{party}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Show one party's statements (the party's own principals, ADMIN, SETTLEMENT)",
            description = "Each period's statement with its explanation (derived from the stored lines).")
    public PartyStatementsResponse statement(@PathVariable @Pattern(regexp = ID_PATTERN) String id,
                                             @PathVariable @Size(max = 200) String party,
                                             Authentication authentication) {
        boolean privileged = authentication.getRoles().contains(Roles.ADMIN)
                || authentication.getRoles().contains(Roles.SETTLEMENT);
        return settlements.statements(id, party, authentication.getName(), privileged);
    }
}
