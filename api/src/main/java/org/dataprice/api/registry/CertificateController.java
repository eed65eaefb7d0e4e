package org.dataprice.api.registry;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.storage.AllowedBelowFloor;

/**
 * The registry's public side (核验服务, plan §4): the published key set and the verification of a certificate or of
 * its hash. No credentials needed — a bank or another exchange checks a claim with nothing but these — and nothing
 * personal answered: a verification names the registration and the event, never a party. These three operations are
 * the registry's only anonymous ones (operation-roles.txt, {@code AuthMatrixTest}).
 */
@AllowedBelowFloor("verifies a certificate against stored data and stores nothing")
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registry (public)", description = "The registry's key set and certificate verification")
public class CertificateController {
    /** The media type of a JWK Set (RFC 7517 §8.5.1). */
    static final String JWK_SET = "application/jwk-set+json";

    private final RegistrationService registry;
    private final RegistryKeys keys;

    /**
     * @param registry the registry
     * @param keys     its keys
     */
    public CertificateController(RegistrationService registry, RegistryKeys keys) {
        this.registry = registry;
        this.keys = keys;
    }

    /**
     * @return the registry's JWK Set (RFC 7517): every key, in service or retired, with its validity
     */
    @Get("/.well-known/jwks.json")
    @Produces(JWK_SET)
    @Operation(summary = "The registry's published Ed25519 key set (public)")
    public HttpResponse<byte[]> jwks() {
        return HttpResponse.ok(keys.published().toJson()).contentType(JWK_SET);
    }

    /**
     * @param hash the hex SHA-256 of a certificate issued here (the QR code's link)
     * @return VALID, REVOKED or SUPERSEDED with the reason (404 when no such certificate was issued here)
     */
    @Get("/v1/certificates/verification")
    @Operation(summary = "Verify a certificate by its hash (public)")
    public VerificationResponse byHash(@QueryValue @Pattern(regexp = "[0-9a-fA-F]{64}") String hash) {
        return registry.verifyHash(hash);
    }

    /**
     * @param request the certificate as received
     * @return VALID, REVOKED, SUPERSEDED, INVALID_SIGNATURE or UNKNOWN_KEY with the reason
     */
    @Post("/v1/certificates/verification")
    @Operation(summary = "Verify a certificate (public): signature with the published key set, then the registry's history")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "certificate", value = RegistryExamples.VERIFY)))
    public VerificationResponse verify(@Body @Valid CertificateVerificationRequest request) {
        return registry.verify(request.certificate());
    }
}
