package org.dataprice.api.pricing;

import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.json.CoreFields;
import jakarta.inject.Singleton;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.band.ComparableDeal;
import org.dataprice.pricing.band.ReferencePrice;
import org.dataprice.pricing.band.ReferencePriceInputs;
import org.dataprice.pricing.band.ReferencePriceResult;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The market reference price of a listing from the deal table: the core {@link ReferencePrice} rule
 * over the listing's latest appraisal A, an optional cost anchor C and the comparable deals of the
 * window (deals of the listing's product, or of its category and pricing unit, in its currency, dated
 * from {@code today − days}). No index adjustment yet: every deal's index level is 1, so the market
 * price is the plain median of the deal prices. When the window holds more than
 * {@link ReferencePriceInputs#MAX_DEALS} deals, the most recent ones are used. Thread-safe.
 */
@Singleton
public class ReferencePriceService {
    /** The default window in days. */
    static final int DEFAULT_DAYS = 365;

    /** Which deals are comparable. */
    public enum Scope {
        /** Deals of the same product. */
        PRODUCT,
        /** Deals of the same data category and pricing unit. */
        CATEGORY
    }

    private final ListingService listings;
    private final DealRepository deals;
    private final Transactions tx;
    private final Clock clock;

    /**
     * @param listings the listings
     * @param deals    the deal table
     * @param tx       transactions
     * @param clock    the market clock
     */
    public ReferencePriceService(ListingService listings, DealRepository deals, Transactions tx,
                                 Clock clock) {
        this.listings = listings;
        this.deals = deals;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param listingId   the listing
     * @param costAnchor  C in the listing's currency, or null
     * @param costWeight  θ, or null for {@link ReferencePrice#DEFAULT}
     * @param matureDeals nMature, or null for the default
     * @param days        the window in days
     * @param scope       which deals are comparable
     * @return the reference price with its explanation
     */
    public ReferencePriceResponse compute(String listingId, BigDecimal costAnchor, Double costWeight,
                                          Integer matureDeals, int days, Scope scope) {
        ReferencePrice rule = new ReferencePrice(costWeight == null ? ReferencePrice.DEFAULT.costWeight() : costWeight,
                matureDeals == null ? ReferencePrice.DEFAULT.matureDeals() : matureDeals);
        return tx.read(() -> {
            ListingRow listing = listings.row(listingId);
            AppraisalRow latest = listings.latest(listingId);
            Require.that(latest != null, "appraisal", null, Rule.INVALID_STATE,
                    "a reference price needs an appraisal of the listing (POST /v1/listings/" + listingId + "/appraisals)");
            Money appraisal = PricingMapper.money(latest.amount(), latest.currency());
            Optional<Money> anchor = Optional.ofNullable(costAnchor)
                    // a query number, not a {amount, currency} object: the money's amount is the parameter itself
                    .map(c -> CoreFields.renamed("costAnchor.amount", "costAnchor",
                            () -> new MoneyJson(c, listing.currency()).toMoney("costAnchor")));
            LocalDate from = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(days);
            List<DealRow> rows = scope == Scope.PRODUCT
                    ? deals.findByProductIdAndCurrencyAndDealDateGreaterThanEqualsOrderByConcludedAt(listing.productId(),
                    appraisal.currency().getCurrencyCode(), from)
                    : deals.findByCategoryAndPricingUnitAndCurrencyAndDealDateGreaterThanEqualsOrderByConcludedAt(
                    listing.category(), listing.pricingUnit(), appraisal.currency().getCurrencyCode(), from);
            if (rows.size() > ReferencePriceInputs.MAX_DEALS) {
                rows = rows.subList(rows.size() - ReferencePriceInputs.MAX_DEALS, rows.size());
            }
            List<ComparableDeal> comparables = rows.stream()
                    .map(d -> new ComparableDeal(PricingMapper.money(d.unitPrice(), d.currency()), 1.0)).toList();
            ReferencePriceResult result = rule.compute(new ReferencePriceInputs(anchor, appraisal, comparables, 1.0));
            return new ReferencePriceResponse(listingId, MoneyJson.of(result.price()), result.marketWeight(),
                    comparables.size(), scope.name(), from, MoneyJson.of(appraisal), anchor.map(MoneyJson::of).orElse(null),
                    rule.costWeight(), rule.matureDeals(), ExplanationResponse.from(result.explanation()));
        });
    }
}
