package org.dataprice.api.registry;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

/**
 * The public web page of a registration (登记时间线): its public part, every event in time order with its certificate's
 * status and verification link, and the records citing it. Public, like the verification it links to: a bank or a buyer
 * holding a certificate or its QR code reaches it without an account; it shows nothing a non-party may not see through
 * {@code GET /v1/registrations/{id}} (the PUBLIC view: no party, source, reason or actor), so nothing personal is
 * published.
 */
@Controller("/registrations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registry (public)", description = "The registry's key set and certificate verification")
public class RegistrationPageController {
    private final RegistryDocuments documents;

    /** @param documents the registry's pages */
    public RegistrationPageController(RegistryDocuments documents) {
        this.documents = documents;
    }

    /**
     * @param id a registration
     * @return its public timeline page (404 when unknown)
     */
    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The public timeline page of a registration (public part only)")
    public String timeline(@PathVariable @Pattern(regexp = RegistrationController.ID) String id) {
        return documents.timeline(id);
    }
}
