package org.dataprice.api.valuation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to re-render a valuation's report with the service's current library, as a new revision.
 *
 * @param reason why (kept with the revision; 1 to 500 characters)
 */
@Serdeable
@Schema(name = "ReissueRequest")
public record ReissueRequest(
        @Schema(description = "Why the report is re-rendered", example = "library 0.2.0: corrected rounding of the cost approach",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500)
        @NotBlank @Size(max = 500) String reason) {
}
