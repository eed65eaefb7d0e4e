package org.dataprice.api.apikey;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.security.Roles;
import org.dataprice.api.storage.AllowedBelowFloor;

import java.time.Clock;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/** Manages API keys; {@code ADMIN} only. */
@Controller("/v1/api-keys")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "API keys", description = "Create, list and revoke API keys (ADMIN)")
public class ApiKeyController {
    private final Clock clock;
    private static final String ID_PATTERN = "[0-9a-f]{16}";
    private final ApiKeyService keys;

    /**
     * @param keys the key service
     * @param clock the service clock
     */
    public ApiKeyController(ApiKeyService keys, Clock clock) {
        this.clock = clock;
        this.keys = keys;
    }

    /**
     * Creates a key. The answer holds the key text, shown this once: only its salted hash is stored.
     *
     * @param request   name, roles and optional expiry
     * @param principal the caller
     * @return 201 with the key and its text
     */
    @Post
    @Idempotent(redact = "key")
    @Operation(summary = "Create an API key", description = "Returns the key text once. Requires Idempotency-Key; "
            + "a replay answers the same body without the key text.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "appraiser key", value = ApiKeyExamples.CREATE)))
    @ApiResponse(responseCode = "201", description = "Created; the body holds the key text, shown once", content = @Content(
            schema = @Schema(implementation = CreatedApiKeyResponse.class),
            examples = @ExampleObject(name = "appraiser key", value = ApiKeyExamples.CREATE_ANSWER)))
    public HttpResponse<CreatedApiKeyResponse> create(@Body @Valid CreateApiKeyRequest request, Principal principal) {
        ApiKeyService.CreatedKey created = keys.create(request.name().strip(), request.roles(), request.expiresAt(),
                principal.getName());
        return HttpResponse.created(CreatedApiKeyResponse.from(created),
                URI.create("/v1/api-keys/" + created.key().id()));
    }

    /** @return every key, without secrets, oldest first */
    @Get
    @Operation(summary = "List API keys")
    public List<ApiKeyResponse> list() {
        Instant now = clock.instant();
        return keys.list().stream().map(k -> ApiKeyResponse.from(k, now)).toList();
    }

    /**
     * @param id the key id
     * @return the key, without its secret
     */
    @Get("/{id}")
    @Operation(summary = "Show one API key")
    public ApiKeyResponse show(@PathVariable @Pattern(regexp = ID_PATTERN) String id) {
        return keys.find(id).map(k -> ApiKeyResponse.from(k, clock.instant()))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * Revokes a key; it stops working at once. Revoking twice is not an error.
     *
     * @param id the key id
     */
    @Delete("/{id}")
    @AllowedBelowFloor("revoking a key must work on a bad day; writes one row, within the floor's headroom")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key")
    @ApiResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathVariable @Pattern(regexp = ID_PATTERN) String id) {
        if (!keys.revoke(id)) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No API key with id " + id);
    }
}
