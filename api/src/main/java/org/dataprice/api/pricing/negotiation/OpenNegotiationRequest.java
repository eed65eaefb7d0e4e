package org.dataprice.api.pricing.negotiation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.dataprice.pricing.negotiation.Role;

import java.time.Instant;

/**
 * Opens a negotiation on a NEGOTIATED listing; the caller is the buyer.
 *
 * @param listingId the listing
 * @param first     who proposes first, SELLER or BUYER
 * @param deadline  no party command is accepted at or after it; after now
 * @param maxRounds the largest number of offers, 1..10,000
 */
@Serdeable
public record OpenNegotiationRequest(@NotBlank String listingId,
                                     @NotNull Role first,
                                     @NotNull Instant deadline,
                                     @Min(1) @Max(10_000) int maxRounds) {
}
