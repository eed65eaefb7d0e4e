package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An appraisal and the band check of the listing's quote against it.
 *
 * @param id          the appraisal id
 * @param listingId   the listing
 * @param appraiser   who appraised (the principal)
 * @param method      how
 * @param value       the appraised value A
 * @param beta        the band half-width β
 * @param lower       A(1 − β), half-even to the minor unit
 * @param upper       A(1 + β), half-even to the minor unit
 * @param quote       the quote checked
 * @param deviation   (Q − A) / A
 * @param flagged     true when the quote is outside [lower, upper] (flagged, not forbidden)
 * @param createdAt   when it was attached
 * @param explanation how the band was formed (names the cited valuation's id, date and firm when there is one)
 * @param valuation   the stored valuation report the appraisal cites (its id, value, date and firm), or null for a
 *                    supplied figure
 */
@Serdeable
public record AppraisalResponse(String id, String listingId, String appraiser, String method, MoneyJson value,
                                BigDecimal beta, MoneyJson lower, MoneyJson upper, MoneyJson quote, double deviation,
                                boolean flagged, Instant createdAt, ExplanationResponse explanation,
                                @Nullable CitedValuationJson valuation) {
}
