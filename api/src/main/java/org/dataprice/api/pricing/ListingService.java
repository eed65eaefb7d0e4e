package org.dataprice.api.pricing;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.money.Money;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.AppraisalBand;
import org.dataprice.pricing.band.QuoteReview;
import org.dataprice.pricing.listing.Listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    private final MarketTransactions tx;
    private final Clock clock;

    /**
     * @param listings   the listing table
     * @param appraisals the appraisal table
     * @param tx         transactions
     * @param clock      the market clock
     */
    public ListingService(ListingRepository listings, AppraisalRepository appraisals, MarketTransactions tx,
                          @Named(PricingClock.NAME) Clock clock) {
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
        Listing listing = PricingMapper.toListing(request, UUID.randomUUID().toString(), sellerId);
        ListingRow row = PricingMapper.toRow(listing, now());
        return tx.write(() -> PricingMapper.toResponse(listings.save(row), null));
    }

    /**
     * @param id a listing id
     * @return the listing with its latest appraisal
     */
    public ListingResponse find(String id) {
        return tx.read(() -> {
            ListingRow row = row(id);
            List<AppraisalRow> all = appraisals.findByListingIdOrderByCreatedAt(id);
            return PricingMapper.toResponse(row, all.isEmpty() ? null : all.get(all.size() - 1));
        });
    }

    /**
     * Attaches an appraisal and checks the listing's quote against its band.
     *
     * @param listingId the listing
     * @param request   the appraisal
     * @param appraiser the caller
     * @return the appraisal with the band check
     */
    public AppraisalResponse appraise(String listingId, AppraisalRequest request, String appraiser) {
        BigDecimal beta = request.beta() == null ? DEFAULT_BETA : request.beta();
        Money value = request.value().toMoney("value");
        Appraisal appraisal = new Appraisal(value, appraiser, request.method().strip());
        AppraisalBand band = new AppraisalBand(beta.doubleValue());
        return tx.write(() -> {
            ListingRow listing = row(listingId);
            Money quote = PricingMapper.money(listing.quote(), listing.currency());
            QuoteReview review = band.check(appraisal, quote);
            AppraisalRow row = new AppraisalRow(UUID.randomUUID().toString(), listingId, appraiser,
                    appraisal.method(), value.amount(), value.currency().getCurrencyCode(), beta,
                    review.lower().amount(), review.upper().amount(), quote.amount(), review.deviation(),
                    review.flagged(), now());
            return PricingMapper.toResponse(appraisals.save(row));
        });
    }

    /**
     * @param listingId a listing
     * @return its appraisals, oldest first
     */
    public List<AppraisalResponse> appraisals(String listingId) {
        return tx.read(() -> {
            row(listingId);
            return appraisals.findByListingIdOrderByCreatedAt(listingId).stream().map(PricingMapper::toResponse)
                    .toList();
        });
    }

    /**
     * @param id a listing id
     * @return the stored row; 404 problem when unknown
     */
    ListingRow row(String id) {
        return listings.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No listing with id " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
