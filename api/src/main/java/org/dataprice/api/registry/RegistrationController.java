package org.dataprice.api.registry;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.document.IssuedDocument;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Roles;
import org.dataprice.registry.Registration;
import org.dataprice.registry.RegistryEvent;

import java.net.URI;
import java.util.List;

/**
 * The data-asset registry (数据资产登记, plan §4): the REGISTRAR registers an asset with the holders of its three
 * rights and records each later event — amendment, transfer, licence, suspension, reinstatement, cancellation —
 * each its own idempotent POST that issues a signed certificate. Any authenticated caller reads a registration and
 * its history: the REGISTRAR and its parties in full, others the public part. A certificate itself is for the
 * REGISTRAR and the parties; everyone may verify one ({@link CertificateController}).
 */
@Controller("/v1/registrations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registry", description = "Data-asset registrations, their history and certificates")
public class RegistrationController {
    /** A registration id (the core's identifier rule). */
    static final String ID = "[A-Za-z0-9._:-]{1,64}";
    /** The media type of a compact JWS (RFC 7515 §9.2.1). */
    static final String APPLICATION_JOSE = "application/jose";

    private final RegistrationService registry;
    private final RegistryCitations citations;
    private final IndexBindingService indexBindings;
    private final RegistryDocuments documents;

    /**
     * @param registry  the registry
     * @param citations the records citing registrations
     * @param documents the certificates' PDFs
     * @param indexBindings the index products bound to registrations
     */
    public RegistrationController(RegistrationService registry, RegistryCitations citations, RegistryDocuments documents,
                                  IndexBindingService indexBindings) {
        this.indexBindings = indexBindings;
        this.registry = registry;
        this.citations = citations;
        this.documents = documents;
    }

    /**
     * @param request the registration
     * @param auth    the REGISTRAR
     * @return 201 with the registration in full and its first certificate
     */
    @Post
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "Register a data asset with the holders of its three rights (REGISTRAR)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "enterprise data set", value = RegistryExamples.REGISTER)))
    public HttpResponse<RegistrationResponse> register(@Body @Valid RegisterRequest request, Authentication auth) {
        RegistrationResponse r = registry.register(request, auth.getName());
        return HttpResponse.created(r, URI.create("/v1/registrations/" + r.registrationId()));
    }

    /**
     * @param id      the registration
     * @param request the asset as it is now
     * @param auth    the REGISTRAR
     * @return the registration after the event
     */
    @Post("/{id}/amendments")
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "Amend the registered asset (REGISTRAR; while ACTIVE or SUSPENDED)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "description", value = RegistryExamples.AMEND)))
    public HttpResponse<RegistrationResponse> amend(@PathVariable @Pattern(regexp = ID) String id,
                                                    @Body @Valid AmendRequest request, Authentication auth) {
        RegistryEvent event = new RegistryEvent.Amend(RegistryMapper.asset(request.asset(), "asset"));
        return recorded(registry.record(id, request.reason(), event, auth.getName()));
    }

    /**
     * @param id      the registration
     * @param request the transfer
     * @param auth    the REGISTRAR
     * @return the registration after the event
     */
    @Post("/{id}/transfers")
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "Transfer (part of) a right from a holder to another party (REGISTRAR; while ACTIVE)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quarter of the operating right",
            value = RegistryExamples.TRANSFER)))
    public HttpResponse<RegistrationResponse> transfer(@PathVariable @Pattern(regexp = ID) String id,
                                                       @Body @Valid TransferRequest request, Authentication auth) {
        return recorded(registry.record(id, request.reason(), RegistryMapper.transfer(request), auth.getName()));
    }

    /**
     * @param id      the registration
     * @param request the licence
     * @param auth    the REGISTRAR
     * @return the registration after the event
     */
    @Post("/{id}/licenses")
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "License a right for a term (REGISTRAR; while ACTIVE)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one-year licence", value = RegistryExamples.LICENSE)))
    public HttpResponse<RegistrationResponse> license(@PathVariable @Pattern(regexp = ID) String id,
                                                      @Body @Valid LicenseRequest request, Authentication auth) {
        return recorded(registry.record(id, request.reason(), RegistryMapper.license(request), auth.getName()));
    }

    /**
     * @param id      the registration
     * @param request why
     * @param auth    the REGISTRAR
     * @return the registration after the event
     */
    @Post("/{id}/suspensions")
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "Suspend a registration (REGISTRAR; while ACTIVE): no transfer, licence or listing until reinstated")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "under review", value = RegistryExamples.SUSPEND)))
    public HttpResponse<RegistrationResponse> suspend(@PathVariable @Pattern(regexp = ID) String id,
                                                      @Body @Valid StatusChangeRequest request, Authentication auth) {
        return recorded(registry.record(id, request.reason(), new RegistryEvent.Suspend(), auth.getName()));
    }

    /**
     * @param id      the registration
     * @param request why
     * @param auth    the REGISTRAR
     * @return the registration after the event
     */
    @Post("/{id}/reinstatements")
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "Reinstate a suspended registration (REGISTRAR)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review closed", value = RegistryExamples.REINSTATE)))
    public HttpResponse<RegistrationResponse> reinstate(@PathVariable @Pattern(regexp = ID) String id,
                                                        @Body @Valid StatusChangeRequest request, Authentication auth) {
        return recorded(registry.record(id, request.reason(), new RegistryEvent.Reinstate(), auth.getName()));
    }

    /**
     * @param id      the registration
     * @param request why
     * @param auth    the REGISTRAR
     * @return the registration after the event: CANCELLED, every certificate of it verifies REVOKED
     */
    @Post("/{id}/cancellations")
    @Idempotent
    @Secured(Roles.REGISTRAR)
    @Operation(summary = "Cancel a registration (REGISTRAR): nothing follows; its certificates verify REVOKED")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdrawn", value = RegistryExamples.CANCEL)))
    public HttpResponse<RegistrationResponse> cancel(@PathVariable @Pattern(regexp = ID) String id,
                                                     @Body @Valid StatusChangeRequest request, Authentication auth) {
        return recorded(registry.record(id, request.reason(), new RegistryEvent.Cancel(), auth.getName()));
    }

    /**
     * @param id   the registration
     * @param auth the caller
     * @return it: in full for the REGISTRAR and its parties, else the public part
     */
    @Get("/{id}")
    @Operation(summary = "Show a registration (in full for the REGISTRAR and its parties, else the public part)")
    public RegistrationResponse show(@PathVariable @Pattern(regexp = ID) String id, Authentication auth) {
        return registry.find(id, caller(auth));
    }

    /**
     * @param id   the registration
     * @param auth the caller
     * @return its events, oldest first (in full for the REGISTRAR and its parties, else the chain only)
     */
    @Get("/{id}/history")
    @Operation(summary = "A registration's append-only history (who, when, why for the REGISTRAR and its parties)")
    public List<RegistryEventResponse> history(@PathVariable @Pattern(regexp = ID) String id, Authentication auth) {
        return registry.history(id, caller(auth));
    }

    /**
     * @param id       the registration
     * @param sequence the event
     * @param auth     the REGISTRAR or a party (else 404)
     * @return the certificate as issued: a compact JWS, {@code application/jose}
     */
    @Get("/{id}/certificates/{sequence}")
    @Produces(APPLICATION_JOSE)
    @Operation(summary = "The certificate issued for an event, as issued (REGISTRAR and the registration's parties)")
    public HttpResponse<byte[]> certificate(@PathVariable @Pattern(regexp = ID) String id,
                                            @PathVariable @Min(1) @Max(Registration.MAX_EVENTS) long sequence,
                                            Authentication auth) {
        IssuedDocument doc = registry.certificate(id, sequence, caller(auth));
        return HttpResponse.ok(doc.content()).contentType(APPLICATION_JOSE).header("Digest-SHA256", doc.sha256());
    }

    /**
     * @param id       the registration
     * @param sequence the event
     * @param auth     the REGISTRAR or a party (else 404)
     * @return the certificate's PDF/A with the QR code of its public verification URL, rendered once and then as stored
     */
    @Get("/{id}/certificates/{sequence}/pdf")
    @Produces(MediaType.APPLICATION_PDF)
    @Operation(summary = "The certificate's PDF with a QR code of its verification URL (REGISTRAR and the registration's parties)")
    public HttpResponse<byte[]> certificatePdf(@PathVariable @Pattern(regexp = ID) String id,
                                               @PathVariable @Min(1) @Max(Registration.MAX_EVENTS) long sequence,
                                               Authentication auth) {
        IssuedDocument doc = documents.pdf(id, sequence, caller(auth));
        return HttpResponse.ok(doc.content()).contentType(MediaType.APPLICATION_PDF).header("Digest-SHA256", doc.sha256())
                .header("Content-Disposition", "inline; filename=\"" + id + "-" + sequence + ".pdf\"");
    }

    /**
     * @param id   the registration
     * @param auth the caller
     * @return the valuations, listings, deals and settlements that cite it, oldest first (404 when unknown)
     */
    @Get("/{id}/citations")
    @Operation(summary = "The valuations, listings, deals and settlements that cite a registration, then the index "
            + "products bound to it with their transaction counts")
    public List<CitationResponse> citations(@PathVariable @Pattern(regexp = ID) String id, Authentication auth) {
        registry.find(id, caller(auth));
        List<CitationResponse> out = new java.util.ArrayList<>(citations.citing(id).stream()
                .map(c -> new CitationResponse(c.subjectKind(), c.subjectId(), c.citedAt())).toList());
        out.addAll(indexBindings.citations(id));
        return out;
    }

    private static HttpResponse<RegistrationResponse> recorded(RegistrationResponse r) {
        return HttpResponse.created(r, URI.create("/v1/registrations/" + r.registrationId() + "/certificates/"
                + r.sequence()));
    }

    /**
     * @param auth the authenticated caller
     * @return its party name and whether it is the REGISTRAR
     */
    static RegistrationService.Caller caller(Authentication auth) {
        return new RegistrationService.Caller(auth.getName(), auth.getRoles().contains(Roles.REGISTRAR));
    }
}
