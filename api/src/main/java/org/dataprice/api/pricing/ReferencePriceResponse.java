package org.dataprice.api.pricing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.time.LocalDate;

/**
 * The market reference price of a listing ({@code ReferencePrice}).
 *
 * @param listingId    the listing
 * @param price        P_ref = (1 − w)·anchor + w·market, half-even to the minor unit
 * @param marketWeight w = min(1, n / nMature): 0 in a cold start, 1 in a mature market
 * @param deals        n, the comparable deals used
 * @param scope        PRODUCT (deals of the listing's product) or CATEGORY (its category and pricing unit)
 * @param from         the first deal date of the window (UTC)
 * @param appraisal    A, the latest appraisal's value
 * @param costAnchor   C when given
 * @param costWeight   θ
 * @param matureDeals  nMature
 * @param explanation  anchor, market median, weight and the price (last step)
 */
@Serdeable
public record ReferencePriceResponse(String listingId, MoneyJson price, double marketWeight, int deals, String scope,
                                     LocalDate from, MoneyJson appraisal, @Nullable MoneyJson costAnchor,
                                     double costWeight, int matureDeals, ExplanationResponse explanation) {
}
