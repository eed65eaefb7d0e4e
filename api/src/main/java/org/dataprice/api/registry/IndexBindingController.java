package org.dataprice.api.registry;

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

/**
 * Index transactions cite a registration (issue 16) through their product: the index publisher binds an index product
 * to the registration of the product it prices, once ({@link IndexBindingService}); the registration's citations list
 * the bound products with their transaction counts ({@code GET /v1/registrations/{id}/citations}).
 */
@Controller("/v1/indices/{indexId}/products/{productId}/registration")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registry", description = "Data-asset registrations, their history and certificates")
public class IndexBindingController {
    /** An index id or product id in a path. */
    static final String ID = "[A-Za-z0-9._:-]{1,100}";

    private final IndexBindingService bindings;

    /** @param bindings the index products bound to registrations */
    public IndexBindingController(IndexBindingService bindings) {
        this.bindings = bindings;
    }

    /**
     * @param indexId   the index (404 when unknown)
     * @param productId the product, as its trades name it
     * @param request   the registration (ACTIVE today, else 422 on {@code registrationId})
     * @param auth      the index publisher
     * @return 201 with the new binding; 200 with the binding when the product is already bound to this registration;
     *         409 when it is bound to another
     */
    @Post
    @Idempotent
    @Secured(Roles.INDEX_PUBLISHER)
    @Operation(summary = "Bind an index product to its registration: every transaction of the product in the index "
            + "cites it (once per index and product; INDEX_PUBLISHER)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "product registration",
            value = RegistryExamples.INDEX_BINDING)))
    public HttpResponse<IndexBindingResponse> bind(@PathVariable @Pattern(regexp = ID) String indexId,
                                                   @PathVariable @Pattern(regexp = ID) String productId,
                                                   @Body @Valid IndexBindingRequest request, Authentication auth) {
        IndexBindingService.Bound b = bindings.bind(indexId, productId, request.registrationId(), auth.getName());
        return b.created()
                ? HttpResponse.created(b.binding(), URI.create("/v1/indices/" + indexId + "/products/" + productId
                        + "/registration"))
                : HttpResponse.ok(b.binding());
    }

    /**
     * @param indexId   the index
     * @param productId the product
     * @return its binding; 404 when it is bound to no registration
     */
    @Get
    @Secured({Roles.READER, Roles.INDEX_PUBLISHER, Roles.SUPERVISOR})
    @Operation(summary = "The registration an index product's transactions cite")
    public IndexBindingResponse show(@PathVariable @Pattern(regexp = ID) String indexId,
                                     @PathVariable @Pattern(regexp = ID) String productId) {
        return bindings.find(indexId, productId);
    }
}
