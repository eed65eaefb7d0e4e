package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.AppraisalBand;
import org.dataprice.pricing.band.CitedValuation;
import org.dataprice.pricing.band.ListedQuote;
import org.dataprice.pricing.band.QuoteReview;
import org.dataprice.money.Money;
import java.util.Optional;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.SubscriptionTerm;
import org.dataprice.pricing.listing.VolumeTier;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.dataprice.api.pricing.PricingMapper.micros;
import static org.dataprice.api.pricing.PricingMapper.money;

/**
 * The mapper of listings, their volume tiers and subscription terms, appraisals and justifications: JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only. The money and instant helpers
 * shared by every workflow are in {@link PricingMapper}.
 */
public final class ListingMapper {
    private ListingMapper() {
    }

    /**
     * @param request   the request
     * @param id        the new listing id
     * @param sellerId  the seller (caller)
     * @return the core listing; its constructor validates (422 with the field)
     */
    public static Listing toListing(CreateListingRequest request, String id, String sellerId) {
        return new Listing(id, request.productId().strip(), sellerId, request.category(), request.use(),
                request.unit(), request.mode(), request.quote().toMoney("quote"), micros(request.validFrom()),
                micros(request.validUntil()), tiers(request.volumeTiers()), subscriptions(request.subscriptions()));
    }

    private static List<VolumeTier> tiers(List<VolumeTierJson> json) {
        if (json == null) {
            return List.of();
        }
        List<VolumeTier> out = new java.util.ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            try {
                out.add(new VolumeTier(json.get(i).fromVolume(), json.get(i).unitPrice().toMoney("unitPrice")));
            } catch (org.dataprice.error.InvalidInputException e) {
                throw e.within("volumeTiers[" + i + "]");
            }
        }
        return out;
    }

    private static List<SubscriptionTerm> subscriptions(List<SubscriptionTermJson> json) {
        if (json == null) {
            return List.of();
        }
        List<SubscriptionTerm> out = new java.util.ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            try {
                out.add(new SubscriptionTerm(json.get(i).months(), json.get(i).price().toMoney("price")));
            } catch (org.dataprice.error.InvalidInputException e) {
                throw e.within("subscriptions[" + i + "]");
            }
        }
        return out;
    }

    /**
     * @param listing   a core listing
     * @param createdAt when it is stored
     * @return its row
     */
    public static ListingRow toRow(Listing listing, Instant createdAt) {
        return new ListingRow(listing.listingId(), listing.productId(), listing.sellerId(), listing.category().name(),
                listing.use().name(), listing.unit().name(), listing.mode().name(), listing.quote().amount(),
                listing.quote().currency().getCurrencyCode(), listing.validFrom(), listing.validUntil(), createdAt);
    }

    /**
     * @param row           a stored listing
     * @param tiers         its volume tiers, in order
     * @param subscriptions its subscription terms, in order
     * @return the core listing with its fixed-price terms
     */
    public static Listing toListing(ListingRow row, List<ListingTermRows.Tier> tiers,
                                    List<ListingTermRows.Subscription> subscriptions) {
        return new Listing(row.id(), row.productId(), row.sellerId(), DataCategory.valueOf(row.category()),
                DataUse.valueOf(row.dataUse()), PricingUnit.valueOf(row.pricingUnit()), ListingMode.valueOf(row.mode()),
                money(row.quote(), row.currency()), row.validFrom(), row.validUntil(),
                tiers.stream().map(t -> new VolumeTier(t.fromVolume(), money(t.unitPrice(), row.currency()))).toList(),
                subscriptions.stream().map(t -> new SubscriptionTerm(t.months(), money(t.price(), row.currency())))
                        .toList());
    }

    /**
     * @param listing a core listing
     * @param ids     the row id of each tier, same size as its tiers
     * @return its tier rows, {@code seq} = position
     */
    public static List<ListingTermRows.Tier> toTierRows(Listing listing, List<String> ids) {
        List<ListingTermRows.Tier> out = new java.util.ArrayList<>(listing.volumeTiers().size());
        for (int i = 0; i < listing.volumeTiers().size(); i++) {
            VolumeTier t = listing.volumeTiers().get(i);
            out.add(new ListingTermRows.Tier(ids.get(i), listing.listingId(), i, t.fromVolume(),
                    t.unitPrice().amount()));
        }
        return out;
    }

    /**
     * @param listing a core listing
     * @param ids     the row id of each subscription term, same size as its terms
     * @return its subscription rows, {@code seq} = position
     */
    public static List<ListingTermRows.Subscription> toSubscriptionRows(Listing listing, List<String> ids) {
        List<ListingTermRows.Subscription> out = new java.util.ArrayList<>(listing.subscriptions().size());
        for (int i = 0; i < listing.subscriptions().size(); i++) {
            SubscriptionTerm t = listing.subscriptions().get(i);
            out.add(new ListingTermRows.Subscription(ids.get(i), listing.listingId(), i, t.months(),
                    t.price().amount()));
        }
        return out;
    }

    /**
     * @param row           a stored listing
     * @param appraisal     its latest appraisal, or null
     * @param justification the seller's justification against that appraisal, or null
     * @param tiers         its volume tiers
     * @param subscriptions its subscription terms
     * @param registrationId the registration it cites, or null
     * @return the response
     */
    public static ListingResponse toResponse(ListingRow row, AppraisalRow appraisal, JustificationRow justification,
                                             List<ListingTermRows.Tier> tiers,
                                             List<ListingTermRows.Subscription> subscriptions,
                                             String registrationId) {
        return new ListingResponse(row.id(), row.productId(), row.sellerId(), row.category(), row.dataUse(),
                row.pricingUnit(), row.mode(), MoneyJson.of(row.quote(), row.currency()), row.validFrom(),
                row.validUntil(), row.createdAt(), appraisal == null ? null : toResponse(appraisal),
                justification == null ? null : justification.text(),
                appraisal == null || !appraisal.flagged() || justification != null,
                tiers.stream().map(t -> new VolumeTierJson(t.fromVolume(), MoneyJson.of(t.unitPrice(), row.currency())))
                        .toList(),
                subscriptions.stream().map(t -> new SubscriptionTermJson(t.months(), MoneyJson.of(t.price(), row.currency())))
                        .toList(), registrationId);
    }

    /**
     * @param id        the new row's id
     * @param listingId the listing
     * @param appraiser the caller that attached it
     * @param appraisal the core appraisal (a supplied figure or a cited valuation)
     * @param beta      the band's half-width β as requested
     * @param review    the band check of the listing's quote
     * @param createdAt when it is stored
     * @return its row, with the cited valuation's id, date, firm and range when it cites one
     */
    public static AppraisalRow toRow(String id, String listingId, String appraiser, Appraisal appraisal, BigDecimal beta,
                                     QuoteReview review, Instant createdAt) {
        Money value = appraisal.value();
        Optional<CitedValuation> cited = appraisal.valuation();
        return new AppraisalRow(id, listingId, appraiser, appraisal.method(), value.amount(),
                value.currency().getCurrencyCode(), beta, review.lower().amount(), review.upper().amount(),
                review.quote().amount(), review.deviation(), review.flagged(), createdAt,
                cited.map(CitedValuation::id).orElse(null), cited.map(CitedValuation::valuationDate).orElse(null),
                cited.map(CitedValuation::firm).orElse(null), cited.map(v -> v.low().amount()).orElse(null),
                cited.map(v -> v.high().amount()).orElse(null));
    }

    /**
     * @param row a stored appraisal
     * @return the core appraisal: a supplied figure, or the cited valuation with the figures it had when cited
     */
    public static Appraisal toAppraisal(AppraisalRow row) {
        Money value = money(row.amount(), row.currency());
        if (row.valuationId() == null) {
            return new Appraisal(value, row.appraiser(), row.method());
        }
        return Appraisal.citing(new CitedValuation(row.valuationId(), value,
                money(row.valuationLow(), row.currency()), money(row.valuationHigh(), row.currency()),
                row.valuationDate(), row.valuationFirm()), row.method());
    }

    /**
     * @param listing   a stored listing
     * @param latest    its latest stored appraisal, or null
     * @param justified true when the seller has justified the quote against {@code latest}
     * @return the core quote with its latest appraisal and the stored band check
     */
    public static ListedQuote toListedQuote(ListingRow listing, AppraisalRow latest, boolean justified) {
        Optional<ListedQuote.Latest> stored = Optional.ofNullable(latest).map(a -> new ListedQuote.Latest(a.id(),
                toAppraisal(a), new AppraisalBand(a.beta().doubleValue()), money(a.bandLower(), a.currency()),
                money(a.bandUpper(), a.currency()), a.flagged(), justified));
        return new ListedQuote(listing.id(), money(listing.quote(), listing.currency()), stored);
    }

    /**
     * @param row a stored appraisal; its band check is recomputed (deterministic) for the explanation
     * @return the response
     */
    public static AppraisalResponse toResponse(AppraisalRow row) {
        Appraisal appraisal = toAppraisal(row);
        QuoteReview review = new AppraisalBand(row.beta().doubleValue()).check(appraisal, money(row.quote(), row.currency()));
        return new AppraisalResponse(row.id(), row.listingId(), row.appraiser(), row.method(),
                MoneyJson.of(appraisal.value()), row.beta().stripTrailingZeros(), MoneyJson.of(review.lower()),
                MoneyJson.of(review.upper()), MoneyJson.of(review.quote()), review.deviation(), review.flagged(),
                row.createdAt(), ExplanationResponse.from(review.explanation()),
                appraisal.valuation().map(CitedValuationJson::of).orElse(null));
    }

}
