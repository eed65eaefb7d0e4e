package org.dataprice.api.registry;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Roles;

import java.net.URI;
import java.time.Instant;

/**
 * Authorisation records (授权、存证, plan §5–§6) and provenance (溯源): the REGISTRAR records public-data
 * authorised-operation agreements; a grantor (or the REGISTRAR on its document) records an enterprise or personal data
 * authorisation, and only the grantor revokes it; anyone authenticated asks what was in force at an instant, with the
 * hash-chain position as evidence, and traces a registration back to its sources. Each write is an idempotent POST
 * appending one record to the hash-chained authorisation ledger ({@link AuthorisationService}).
 */
@Controller("/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registry", description = "Data-asset registrations, their history and certificates")
public class AuthorisationController {
    private final AuthorisationService authorisations;

    /** @param authorisations the authorisation records */
    public AuthorisationController(AuthorisationService authorisations) {
        this.authorisations = authorisations;
    }

    /**
     * @param request the agreement
     * @param auth    the REGISTRAR
     * @return 201 with the agreement and the record that made it
     */
    @Post("/authorisations/operation-agreements")
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "Record a public-data authorised-operation agreement (REGISTRAR; plan §5)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "traffic sensors",
            value = AuthorisationExamples.AGREEMENT)))
    public HttpResponse<AuthorisationResponse> agree(@Body @Valid OperationAgreementRequest request, Authentication auth) {
        return created(authorisations.agree(request, auth.getName()));
    }

    /**
     * @param request the authorisation
     * @param auth    its grantor, or the REGISTRAR naming the grantor
     * @return 201 with the authorisation and the record that made it
     */
    @Post("/authorisations/data-authorisations")
    @Idempotent
    @Operation(summary = "Record an enterprise or personal data authorisation (its grantor, or the REGISTRAR; plan §6)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "personal consent",
            value = AuthorisationExamples.AUTHORISATION)))
    public HttpResponse<AuthorisationResponse> authorise(@Body @Valid DataAuthorisationRequest request,
                                                         Authentication auth) {
        return created(authorisations.authorise(request, RegistrationController.caller(auth)));
    }

    /**
     * @param id      the authorisation
     * @param request why
     * @param auth    its grantor (another party: 403; anyone else: 404)
     * @return 201 with the authorisation, revoked
     */
    @Post("/authorisations/{id}/revocations")
    @Idempotent
    @Operation(summary = "Revoke a data authorisation (its grantor only; personal data is always revocable)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "consent withdrawn",
            value = AuthorisationExamples.REVOCATION)))
    public HttpResponse<AuthorisationResponse> revoke(@PathVariable @Pattern(regexp = RegistrationController.ID) String id,
                                                      @Body @Valid RevocationRequest request, Authentication auth) {
        return created(authorisations.revoke(id, request, RegistrationController.caller(auth)));
    }

    /**
     * @param id   the agreement or authorisation
     * @param auth the caller
     * @return it: in full for its parties and the REGISTRAR (and for agreements), else the public part; a personal-data
     *         authorisation is 404 to others
     */
    @Get("/authorisations/{id}")
    @Operation(summary = "Show an agreement or authorisation (in full for its parties and the REGISTRAR)")
    public AuthorisationResponse show(@PathVariable @Pattern(regexp = RegistrationController.ID) String id,
                                      Authentication auth) {
        return authorisations.find(id, RegistrationController.caller(auth));
    }

    /**
     * @param id   the agreement or authorisation
     * @param at   the instant (ISO-8601); default now
     * @param auth the caller
     * @return its status at the instant from the records made by then, with the chain positions as evidence
     */
    @Get("/authorisations/{id}/status")
    @Operation(summary = "Status of an agreement or authorisation at an instant, with the hash-chain evidence (存证)")
    public AuthorisationStatusResponse status(@PathVariable @Pattern(regexp = RegistrationController.ID) String id,
                                              @QueryValue @Nullable Instant at, Authentication auth) {
        return authorisations.statusAt(id, at, RegistrationController.caller(auth));
    }

    /**
     * @param id   the agreement or authorisation (404 as for {@code GET /v1/authorisations/{id}})
     * @param auth the caller
     * @return the settlement payments citing it (issue 16: a settlement pays the individual for what was authorised),
     *         oldest first, at most {@value AuthorisationService#MAX_CITATIONS}, without the payee
     */
    @Get("/authorisations/{id}/citations")
    @Operation(summary = "Settlement payments that cite an authorisation (by use or by year, paid to its grantor)")
    public java.util.List<PaymentAuthorisation> citations(
            @PathVariable @Pattern(regexp = RegistrationController.ID) String id, Authentication auth) {
        return authorisations.citations(id, RegistrationController.caller(auth));
    }

    /**
     * @param id   the registration
     * @param at   the instant (ISO-8601); default now
     * @param auth the caller
     * @return the registration traced back to its sources (溯源)
     */
    @Get("/registrations/{id}/provenance")
    @Operation(summary = "Trace a registration back to its sources and authorisations at an instant (溯源)")
    public ProvenanceResponse provenance(@PathVariable @Pattern(regexp = RegistrationController.ID) String id,
                                         @QueryValue @Nullable Instant at, Authentication auth) {
        return authorisations.provenance(id, at, RegistrationController.caller(auth));
    }

    private static HttpResponse<AuthorisationResponse> created(AuthorisationResponse r) {
        return HttpResponse.created(r, URI.create("/v1/authorisations/" + r.id()));
    }
}
