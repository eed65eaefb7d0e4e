package org.dataprice.api.admission;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Roles;

import java.net.URI;
import java.security.Principal;
import java.util.List;

/**
 * The negative list (负面清单): any authenticated caller reads the version in force; {@code SUPERVISOR} publishes new
 * versions and reads them all.
 */
@Controller("/v1/supervision/negative-list")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Supervision: negative list", description = "The negative list of data circulation and its versions")
public class NegativeListController {
    private final NegativeListService lists;

    /**
     * @param lists the negative-list service
     */
    public NegativeListController(NegativeListService lists) {
        this.lists = lists;
    }

    /** @return the version in force now */
    @Get
    @Operation(summary = "The negative list in force")
    public NegativeListResponse current() {
        return lists.current();
    }

    /** @return every version, oldest first */
    @Get("/versions")
    @Secured(Roles.SUPERVISOR)
    @Operation(summary = "Every version of the negative list (SUPERVISOR)")
    public List<NegativeListResponse> versions() {
        return lists.versions();
    }

    /**
     * @param version a version
     * @return it
     */
    @Get("/versions/{version}")
    @Secured(Roles.SUPERVISOR)
    @Operation(summary = "One version of the negative list (SUPERVISOR)")
    public NegativeListResponse version(@PathVariable int version) {
        return lists.version(version);
    }

    /**
     * @param request   the new version's entries
     * @param principal the supervisor
     * @return 201 with the stored version
     */
    @Post("/versions")
    @Idempotent
    @Secured(Roles.SUPERVISOR)
    @Operation(summary = "Publish the next version of the negative list (SUPERVISOR)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "example list",
            value = AdmissionExamples.NEGATIVE_LIST)))
    @ApiResponse(responseCode = "201", description = "The stored version", content = @Content(
            schema = @Schema(implementation = NegativeListResponse.class),
            examples = @ExampleObject(name = "example list", value = AdmissionExamples.NEGATIVE_LIST_ANSWER)))
    public HttpResponse<NegativeListResponse> publish(@Body @Valid NegativeListRequest request, Principal principal) {
        NegativeListResponse stored = lists.publish(request, principal.getName());
        return HttpResponse.created(stored, URI.create("/v1/supervision/negative-list/versions/" + stored.version()));
    }
}
