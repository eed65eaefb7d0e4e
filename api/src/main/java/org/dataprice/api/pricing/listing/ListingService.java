package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.NotAPartyException;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.api.transaction.Transactions;
import jakarta.inject.Singleton;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.money.Money;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.AppraisalBand;
import org.dataprice.pricing.band.QuoteReview;
import org.dataprice.pricing.listing.Listing;

import java.math.BigDecimal;
import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dataprice.api.valuation.ValuationService;
import org.dataprice.pricing.band.CitedValuation;
import java.util.UUID;

/**
 * Listings and their appraisals. A listing's seller is the principal that created it; appraisals are
 * append-only and each stores the band check of the quote (flagged, not forbidden).
 */
@Singleton
public class ListingService {
    /** β when the request gives none: the ±20 % example (not a regulatory number). */
    static final BigDecimal DEFAULT_BETA = BigDecimal.valueOf(AppraisalBand.EXAMPLE.beta());

    private final ListingRepository listings;
    private final AppraisalRepository appraisals;
    private final JustificationRepository justifications;
    private final ListingTierRepository tiers;
    private final ListingSubscriptionRepository subscriptions;
    private final Transactions tx;
    private final Clock clock;
    private final ValuationService valuations;

    /**
     * @param listings   the listing table
     * @param appraisals the appraisal table
     * @param justifications the justification table
     * @param tiers      the volume tiers table
     * @param subscriptions the subscription terms table
     * @param tx         transactions
     * @param clock      the market clock
     * @param valuations the stored valuations (an appraisal may cite one)
     */
    public ListingService(ListingRepository listings, AppraisalRepository appraisals,
                          JustificationRepository justifications, ListingTierRepository tiers,
                          ListingSubscriptionRepository subscriptions, Transactions tx,
                          Clock clock, ValuationService valuations) {
        this.valuations = valuations;
        this.justifications = justifications;
        this.tiers = tiers;
        this.subscriptions = subscriptions;
        this.listings = listings;
        this.appraisals = appraisals;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param request  the listing
     * @param sellerId the caller
     * @return the stored listing
     */
    public ListingResponse create(CreateListingRequest request, String sellerId) {
        Listing listing = ListingMapper.toListing(request, UUID.randomUUID().toString(), sellerId);
        ListingRow row = ListingMapper.toRow(listing, now());
        return tx.write(() -> {
            ListingRow saved = listings.save(row);
            List<ListingTermRows.Tier> tierRows = new java.util.ArrayList<>();
            for (int i = 0; i < listing.volumeTiers().size(); i++) {
                tierRows.add(tiers.save(new ListingTermRows.Tier(UUID.randomUUID().toString(), saved.id(), i,
                        listing.volumeTiers().get(i).fromVolume(), listing.volumeTiers().get(i).unitPrice().amount())));
            }
            List<ListingTermRows.Subscription> subRows = new java.util.ArrayList<>();
            for (int i = 0; i < listing.subscriptions().size(); i++) {
                subRows.add(subscriptions.save(new ListingTermRows.Subscription(UUID.randomUUID().toString(), saved.id(),
                        i, listing.subscriptions().get(i).months(), listing.subscriptions().get(i).price().amount())));
            }
            return ListingMapper.toResponse(saved, null, null, tierRows, subRows);
        });
    }

    /**
     * @param id a listing id
     * @return the listing with its latest appraisal
     */
    public ListingResponse find(String id) {
        return tx.read(() -> {
            ListingRow row = row(id);
            AppraisalRow latest = latestAppraisal(id);
            return ListingMapper.toResponse(row, latest,
                    latest == null ? null : justifications.findById(latest.id()).orElse(null),
                    tiers.findByListingIdOrderBySeq(id), subscriptions.findByListingIdOrderBySeq(id));
        });
    }

    /**
     * Attaches an appraisal and checks the listing's quote against its band. The appraisal is either a
     * supplied figure ({@code value}, {@code method}) or cites a stored valuation ({@code valuationId}): the
     * valuation service gives the report's figures, the core ({@link Appraisal#citing}) makes them the
     * appraisal, and the cited id, value, range, date and firm are stored with it.
     *
     * @param listingId the listing
     * @param request   the appraisal
     * @param appraiser the caller
     * @return the appraisal with the band check
     */
    public AppraisalResponse appraise(String listingId, AppraisalRequest request, String appraiser) {
        BigDecimal beta = request.beta() == null ? DEFAULT_BETA : request.beta();
        Appraisal appraisal = request.valuationId() == null ? request.supplied(appraiser)
                : request.citing(valuations.citation(request.valuationId()));
        AppraisalBand band = new AppraisalBand(beta.doubleValue());
        Money value = appraisal.value();
        Optional<CitedValuation> cited = appraisal.valuation();
        return tx.write(() -> {
            ListingRow listing = row(listingId);
            Money quote = PricingMapper.money(listing.quote(), listing.currency());
            // the core names the listing's quote; the request's value (or cited valuation) is the one in the other currency
            QuoteReview review = org.dataprice.api.json.CoreFields.renamed("quote", cited.isPresent() ? "valuationId" : "value",
                    () -> band.check(appraisal, quote));
            AppraisalRow row = new AppraisalRow(UUID.randomUUID().toString(), listingId, appraiser,
                    appraisal.method(), value.amount(), value.currency().getCurrencyCode(), beta,
                    review.lower().amount(), review.upper().amount(), quote.amount(), review.deviation(),
                    review.flagged(), now(), cited.map(CitedValuation::id).orElse(null),
                    cited.map(CitedValuation::valuationDate).orElse(null), cited.map(CitedValuation::firm).orElse(null),
                    cited.map(v -> v.low().amount()).orElse(null), cited.map(v -> v.high().amount()).orElse(null));
            return ListingMapper.toResponse(appraisals.save(row));
        });
    }

    /**
     * The core appraisal of a stored row: a supplied figure, or the cited valuation with the figures it had when cited.
     *
     * @param row a stored appraisal
     * @return the core appraisal
     */
    static Appraisal appraisal(AppraisalRow row) {
        Money value = PricingMapper.money(row.amount(), row.currency());
        if (row.valuationId() == null) {
            return new Appraisal(value, row.appraiser(), row.method());
        }
        return Appraisal.citing(new CitedValuation(row.valuationId(), value,
                PricingMapper.money(row.valuationLow(), row.currency()), PricingMapper.money(row.valuationHigh(), row.currency()),
                row.valuationDate(), row.valuationFirm()), row.method());
    }

    /**
     * @param listingId a listing
     * @return its appraisals, oldest first
     */
    public List<AppraisalResponse> appraisals(String listingId) {
        return tx.read(() -> {
            row(listingId);
            return appraisals.findByListingIdOrderByCreatedAt(listingId).stream().map(ListingMapper::toResponse)
                    .toList();
        });
    }

    /**
     * The seller justifies the listing's quote against its latest appraisal ({@code AppraisalBand.review}):
     * a flagged quote needs a non-blank text (else 422 {@code justification-required}); one justification
     * per appraisal (a second is 422 {@code duplicate}); a quote inside the band needs none (422
     * {@code invalid-state}).
     *
     * @param listingId the listing
     * @param request   the justification
     * @param caller    the caller; must be the listing's seller (else 403 {@code not-a-party})
     * @return the stored justification with the review
     */
    public JustificationResponse justify(String listingId, JustificationRequest request, String caller) {
        return tx.write(() -> {
            ListingRow listing = row(listingId);
            if (!listing.sellerId().equals(caller)) {
                throw new NotAPartyException("sellerId", "Only the seller of listing " + listingId
                        + " may justify its quote");
            }
            AppraisalRow latest = latestAppraisal(listingId);
            Require.that(latest != null, "justification", null, Rule.INVALID_STATE,
                    "the listing has no appraisal, so its quote needs no justification");
            Money quote = PricingMapper.money(listing.quote(), listing.currency());
            QuoteReview review = new AppraisalBand(latest.beta().doubleValue())
                    .review(ListingMapper.toAppraisal(latest), quote, request.text());
            Require.that(review.flagged(), "justification", request.text(), Rule.INVALID_STATE,
                    "the quote " + quote + " is inside [" + review.lower() + ", " + review.upper()
                            + "] of the latest appraisal and needs no justification");
            Require.that(!justifications.existsById(latest.id()), "justification", request.text(), Rule.DUPLICATE,
                    "appraisal " + latest.id() + " is already justified");
            JustificationRow row = justifications.save(new JustificationRow(latest.id(), listingId, caller,
                    review.justification().orElseThrow(), now()));
            return new JustificationResponse(listingId, latest.id(), caller, row.text(), MoneyJson.of(review.quote()),
                    MoneyJson.of(review.lower()), MoneyJson.of(review.upper()), review.deviation(), true, true,
                    row.createdAt(), ExplanationResponse.from(review.explanation()));
        });
    }

    /**
     * Refuses trading on a listing whose latest appraisal flags its quote until the seller has justified
     * it: 422 {@code justification-required} on field {@code justification}. Call inside the
     * transaction that opens the negotiation or auction.
     *
     * @param listing the listing
     */
    public void requireTradable(ListingRow listing) {
        AppraisalRow latest = latestAppraisal(listing.id());
        if (latest != null && latest.flagged() && !justifications.existsById(latest.id())) {
            throw new InvalidInputException("justification", null, Rule.JUSTIFICATION_REQUIRED,
                    "listing " + listing.id() + ": quote " + listing.quote().stripTrailingZeros().toPlainString() + " "
                            + listing.currency() + " outside [" + latest.bandLower().stripTrailingZeros().toPlainString()
                            + ", " + latest.bandUpper().stripTrailingZeros().toPlainString()
                            + "] of appraisal " + latest.id() + "; the seller must justify it (POST /v1/listings/"
                            + listing.id() + "/justification) before it can be negotiated or auctioned");
        }
    }

    /**
     * @param listingId a listing
     * @return its latest appraisal, or null
     */
    public AppraisalRow latest(String listingId) {
        return latestAppraisal(listingId);
    }

    private AppraisalRow latestAppraisal(String listingId) {
        List<AppraisalRow> all = appraisals.findByListingIdOrderByCreatedAt(listingId);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * @param id a listing id
     * @return the stored row; 404 problem when unknown
     */
    public ListingRow row(String id) {
        return listings.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No listing with id " + id));
    }

    /**
     * @param row a stored listing
     * @return the core listing with its volume tiers and subscription terms (equal to the one stored)
     */
    public Listing listing(ListingRow row) {
        return ListingMapper.toListing(row, tiers.findByListingIdOrderBySeq(row.id()),
                subscriptions.findByListingIdOrderBySeq(row.id()));
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
