package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.time.Instant;

/**
 * A stored justification with the band review it answers.
 *
 * @param listingId   the listing
 * @param appraisalId the appraisal whose band flagged the quote
 * @param sellerId    the seller who justified
 * @param text        the justification
 * @param quote       the quote
 * @param lower       A(1 − β)
 * @param upper       A(1 + β)
 * @param deviation   (Q − A) / A
 * @param flagged     whether the quote is outside the band
 * @param tradable    whether the listing may now be negotiated or auctioned (always true here)
 * @param createdAt   when stored
 * @param explanation how the band was formed
 */
@Serdeable
public record JustificationResponse(String listingId, String appraisalId, String sellerId, String text, MoneyJson quote,
                                    MoneyJson lower, MoneyJson upper, double deviation, boolean flagged,
                                    boolean tradable, Instant createdAt, ExplanationResponse explanation) {
}
