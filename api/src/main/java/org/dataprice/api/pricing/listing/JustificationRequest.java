package org.dataprice.api.pricing.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * The seller's justification of a quote outside the band of the listing's latest appraisal.
 *
 * @param text why the quote is outside [A(1 − β), A(1 + β)]; at most 4,000 characters (blank: 422
 *             {@code justification-required} from {@code AppraisalBand.review})
 */
@Serdeable
public record JustificationRequest(@Nullable @Size(max = 4000) String text) {
}
