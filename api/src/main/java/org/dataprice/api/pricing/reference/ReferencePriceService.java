package org.dataprice.api.pricing.reference;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;
import org.dataprice.api.pricing.deal.DealRepository;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.listing.ListingService;

import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.json.CoreFields;
import jakarta.inject.Singleton;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.money.Money;
import org.dataprice.pricing.band.ComparableDeal;
import org.dataprice.pricing.band.ReferencePrice;
import org.dataprice.pricing.band.ReferencePriceInputs;
import org.dataprice.pricing.band.ReferencePriceResult;

import java.math.BigDecimal;
import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.time.YearMonth;
import org.dataprice.api.index.IndexReadService;
import org.dataprice.pricing.band.IndexCarry;
import java.util.Optional;

/**
 * The market reference price of a listing from the deal table: the core {@link ReferencePrice} rule
 * over the listing's latest appraisal A, an optional cost anchor C and the comparable deals of the
 * window (deals of the listing's product, or of its category and pricing unit, in its currency, dated
 * from {@code today − days}). Without an index every deal's index level is 1, so the market price is the plain
 * median of the deal prices; with {@code index} (opt-in) each deal is carried to today's level by the published
 * index ({@link IndexCarry}: p × I_now / I_deal month, refused with 422 on {@code index} naming the months without a
 * published level), and the explanation names each deal's id, price, index ratio and carried price. When the
 * window holds more deals than {@link ReferencePriceInputs#MAX_DEALS} (or {@link #MAX_INDEXED_DEALS} with an index,
 * which bounds the explanation), the most recent ones are used. Thread-safe.
 */
@Singleton
public class ReferencePriceService {
    /** The default window in days. */
    static final int DEFAULT_DAYS = 365;

    /** The most recent deals carried by an index (each is a step of the explanation). */
    static final int MAX_INDEXED_DEALS = 1_000;

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
    private final IndexReadService indices;

    /**
     * @param listings the listings
     * @param deals    the deal table
     * @param tx       transactions
     * @param clock    the market clock
     * @param indices  the published indices (to carry deals forward)
     */
    public ReferencePriceService(ListingService listings, DealRepository deals, Transactions tx,
                                 Clock clock, IndexReadService indices) {
        this.indices = indices;
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
     * @param indexId     the index carrying the deals forward, or null for none
     * @param indexSeries its series, or null for the composite (only with {@code indexId})
     * @return the reference price with its explanation
     */
    public ReferencePriceResponse compute(String listingId, BigDecimal costAnchor, Double costWeight,
                                          Integer matureDeals, int days, Scope scope, String indexId, String indexSeries) {
        IndexCarry carry = indexId == null ? null : indices.carry(indexId, indexSeries);
        ReferencePrice rule = new ReferencePrice(costWeight == null ? ReferencePrice.DEFAULT.costWeight() : costWeight,
                matureDeals == null ? ReferencePrice.DEFAULT.matureDeals() : matureDeals);
        return tx.read(() -> {
            ListingRow listing = listings.row(listingId);
            Money appraisal = ReferencePrice.appraisalOf(listingId, Optional.ofNullable(listings.latest(listingId))
                    .map(a -> PricingMapper.money(a.amount(), a.currency())));
            Optional<Money> anchor = Optional.ofNullable(costAnchor)
                    // a query number, not a {amount, currency} object: the money's amount is the parameter itself
                    .map(c -> CoreFields.renamed("costAnchor.amount", "costAnchor",
                            () -> new MoneyJson(c, listing.currency()).toMoney("costAnchor")));
            LocalDate from = ServiceClock.now(clock).atOffset(ZoneOffset.UTC).toLocalDate().minusDays(days);
            List<DealRow> rows = scope == Scope.PRODUCT
                    ? deals.findByProductIdAndCurrencyAndDealDateGreaterThanEqualsOrderByConcludedAt(listing.productId(),
                    appraisal.currency().getCurrencyCode(), from)
                    : deals.findByCategoryAndPricingUnitAndCurrencyAndDealDateGreaterThanEqualsOrderByConcludedAt(
                    listing.category(), listing.pricingUnit(), appraisal.currency().getCurrencyCode(), from);
            rows = ReferencePrice.mostRecent(rows, carry == null ? ReferencePriceInputs.MAX_DEALS : MAX_INDEXED_DEALS);
            List<ComparableDeal> comparables = carry == null
                    ? rows.stream().map(d -> new ComparableDeal(PricingMapper.money(d.unitPrice(), d.currency()), 1.0)).toList()
                    : carry.carry(rows.stream().map(d -> new IndexCarry.Deal(d.id(),
                            PricingMapper.money(d.unitPrice(), d.currency()), YearMonth.from(d.dealDate()))).toList());
            ReferencePriceResult result = rule.compute(new ReferencePriceInputs(anchor, appraisal, comparables,
                    carry == null ? 1.0 : carry.currentLevel()));
            return new ReferencePriceResponse(listingId, MoneyJson.of(result.price()), result.marketWeight(),
                    comparables.size(), scope.name(), from, MoneyJson.of(appraisal), anchor.map(MoneyJson::of).orElse(null),
                    rule.costWeight(), rule.matureDeals(), ExplanationResponse.from(result.explanation()),
                    carry == null ? null : new ReferencePriceResponse.IndexUsed(carry.indexId(), carry.series(),
                            carry.latestMonth().toString(), carry.currentLevel()));
        });
    }
}
