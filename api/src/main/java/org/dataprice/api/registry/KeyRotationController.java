package org.dataprice.api.registry;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Roles;

import java.net.URI;

/**
 * Rotation of the registry's signing key by the ADMIN ({@link KeyRotationService}): the new key signs from now on, the
 * old ones stay in {@code GET /.well-known/jwks.json} with their validity, and every instance uses the new key.
 */
@Controller("/v1/registry/key-rotations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registry", description = "Data-asset registrations, their history and certificates")
public class KeyRotationController {
    private final KeyRotationService rotations;

    /** @param rotations the key rotations */
    public KeyRotationController(KeyRotationService rotations) {
        this.rotations = rotations;
    }

    /**
     * @param request why
     * @param auth    the ADMIN
     * @return 201 with the new key and the keys it retired
     */
    @Post
    @Idempotent
    @Secured(Roles.ADMIN)
    @Operation(summary = "Rotate the registry's signing key (ADMIN): a new key signs from now on, the retired keys stay "
            + "published and keep verifying what they signed")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "scheduled rotation",
            value = RegistryExamples.KEY_ROTATION)))
    public HttpResponse<KeyRotationResponse> rotate(@Body @Valid KeyRotationRequest request, Authentication auth) {
        KeyRotationResponse r = rotations.rotate(request.reason(), auth.getName());
        return HttpResponse.created(r, URI.create("/.well-known/jwks.json"));
    }
}
