package org.dataprice.api.pricing.listing;

import org.dataprice.api.id.RecordIds;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.NotAPartyException;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.api.transaction.Transactions;
import jakarta.inject.Singleton;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.money.Money;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.AppraisalBand;
import org.dataprice.pricing.band.ListedQuote;
import org.dataprice.pricing.band.QuoteReview;
import org.dataprice.pricing.listing.Listing;

import java.math.BigDecimal;
import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.Instant;
import java.util.List;
import org.dataprice.api.valuation.ValuationService;
import org.dataprice.api.admission.NegativeListService;
import org.dataprice.api.credit.CreditService;
import org.dataprice.supervision.credit.CreditAction;
import org.dataprice.api.registry.RegistryCitations;

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
    private final NegativeListService negativeList;
    private final CreditService credit;
    private final RegistryCitations registry;

    /**
     * @param listings   the listing table
     * @param appraisals the appraisal table
     * @param justifications the justification table
     * @param tiers      the volume tiers table
     * @param subscriptions the subscription terms table
     * @param tx         transactions
     * @param clock      the market clock
     * @param valuations the stored valuations (an appraisal may cite one)
     * @param negativeList the negative list (admission of a new listing)
     * @param credit     market credit (a seller restricted from listing is refused)
     * @param registry   the registry (a listing may cite a registration)
     */
    public ListingService(ListingRepository listings, AppraisalRepository appraisals,
                          JustificationRepository justifications, ListingTierRepository tiers,
                          ListingSubscriptionRepository subscriptions, Transactions tx,
                          Clock clock, ValuationService valuations, NegativeListService negativeList,
                          CreditService credit, RegistryCitations registry) {
        this.registry = registry;
        this.valuations = valuations;
        this.negativeList = negativeList;
        this.credit = credit;
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
        Listing listing = ListingMapper.toListing(request, RecordIds.nextId(clock), sellerId);
        ListingRow row = ListingMapper.toRow(listing, now());
        String registrationId = request.registrationId();
        if (registrationId != null) {
            registry.requireOperator(registrationId, sellerId, row.createdAt());
        }
        return tx.write(() -> {
            credit.require(sellerId, CreditAction.LISTING, "sellerId");
            ListingRow saved = listings.save(row);
            negativeList.admitListing(saved.id(), saved.productId(), saved.category(), request.admission());
            if (registrationId != null) {
                registry.cite(RegistryCitations.Kind.LISTING, saved.id(), registrationId, sellerId, row.createdAt());
            }
            List<ListingTermRows.Tier> tierRows = ListingMapper.toTierRows(listing, ids(listing.volumeTiers().size())).stream()
                    .map(tiers::save).toList();
            List<ListingTermRows.Subscription> subRows = ListingMapper.toSubscriptionRows(listing, ids(listing.subscriptions().size())).stream()
                    .map(subscriptions::save).toList();
            return ListingMapper.toResponse(saved, null, null, tierRows, subRows, registrationId);
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
                    tiers.findByListingIdOrderBySeq(id), subscriptions.findByListingIdOrderBySeq(id),
                    registry.citedBy(RegistryCitations.Kind.LISTING, id).orElse(null));
        });
    }

    /**
     * The listings created in a period, for an export to another exchange (at most {@code limit}: the caller asks
     * for one more than it carries to see that the period holds too many).
     *
     * @param from  first creation instant, inclusive
     * @param until last creation instant, exclusive
     * @param limit the most listings to read
     * @return the listings as {@link #find} shows them, oldest first
     */
    public List<ListingResponse> createdBetween(Instant from, Instant until, int limit) {
        return tx.read(() -> listings.idsCreatedBetween(from, until, limit).stream().map(this::find).toList());
    }

    /**
     * The fixed-price listings created in a period, for the market monitor's parallel-pricing screen (at most
     * {@code limit}: the caller asks for one more than it allows to see that the period holds too many).
     *
     * @param from  first creation instant, inclusive
     * @param until last creation instant, exclusive
     * @param limit the most listings to read
     * @return their rows, oldest first
     */
    public List<ListingRow> fixedPriceCreatedBetween(Instant from, Instant until, int limit) {
        return tx.read(() -> listings.fixedPriceCreatedBetween(from, until, limit));
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
        boolean cited = appraisal.valuation().isPresent();
        return tx.write(() -> {
            ListingRow listing = row(listingId);
            Money quote = PricingMapper.money(listing.quote(), listing.currency());
            // the core names the listing's quote; the request's value (or cited valuation) is the one in the other currency
            QuoteReview review = org.dataprice.api.json.CoreFields.renamed("quote", cited ? "valuationId" : "value",
                    () -> band.check(appraisal, quote));
            return ListingMapper.toResponse(appraisals.save(ListingMapper.toRow(RecordIds.nextId(clock), listingId,
                    appraiser, appraisal, beta, review, now())));
        });
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
     * The seller justifies the listing's quote against its latest appraisal (the core's {@link ListedQuote#justify}):
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
            ListedQuote quote = quote(listing);
            QuoteReview review = quote.justify(request.text());
            String appraisalId = quote.latest().orElseThrow().appraisalId();
            JustificationRow row = justifications.save(new JustificationRow(appraisalId, listingId, caller,
                    review.justification().orElseThrow(), now()));
            return new JustificationResponse(listingId, appraisalId, caller, row.text(), MoneyJson.of(review.quote()),
                    MoneyJson.of(review.lower()), MoneyJson.of(review.upper()), review.deviation(), true, true,
                    row.createdAt(), ExplanationResponse.from(review.explanation()));
        });
    }

    /**
     * Refuses trading on a listing whose latest appraisal flags its quote until the seller has justified
     * it ({@link ListedQuote#requireTradable}: 422 {@code justification-required} on field {@code justification}).
     * Call inside the transaction that opens the negotiation or auction.
     *
     * @param listing the listing
     */
    public void requireTradable(ListingRow listing) {
        quote(listing).requireTradable();
    }

    /**
     * @param listing a stored listing
     * @return its quote with its latest appraisal as stored (band check, justified or not)
     */
    private ListedQuote quote(ListingRow listing) {
        AppraisalRow latest = latestAppraisal(listing.id());
        return ListingMapper.toListedQuote(listing, latest, latest != null && justifications.existsById(latest.id()));
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

    private List<String> ids(int n) {
        return java.util.stream.Stream.generate(() -> RecordIds.nextId(clock)).limit(n).toList();
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
