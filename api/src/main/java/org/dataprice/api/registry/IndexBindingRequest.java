package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /v1/indices/{indexId}/products/{productId}/registration}.
 *
 * @param registrationId the registration of the product; ACTIVE today (UTC), else 422 on this field
 */
@Serdeable
public record IndexBindingRequest(@NotBlank @Size(max = 64) String registrationId) {
}
