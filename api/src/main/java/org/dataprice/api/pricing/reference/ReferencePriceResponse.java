package org.dataprice.api.pricing.reference;

import org.dataprice.api.pricing.MoneyJson;

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
 * @param explanation  anchor, market median (with, when an index carried the deals, one step per deal naming its
 *                     id, price, index level, ratio and carried price), weight and the price (last step)
 * @param index        the index that carried the deals forward, or null when none was asked for
 */
@Serdeable
public record ReferencePriceResponse(String listingId, MoneyJson price, double marketWeight, int deals, String scope,
                                     LocalDate from, MoneyJson appraisal, @Nullable MoneyJson costAnchor,
                                     double costWeight, int matureDeals, ExplanationResponse explanation,
                                     @Nullable IndexUsed index) {
    /**
     * The index a reference price carried its deals with.
     *
     * @param id           the index
     * @param series       its series
     * @param currentMonth the latest published month, whose level is I_now
     * @param currentLevel I_now
     */
    @Serdeable
    public record IndexUsed(String id, String series, String currentMonth, double currentLevel) {
    }
}
