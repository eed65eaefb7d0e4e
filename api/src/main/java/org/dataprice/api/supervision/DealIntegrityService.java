package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.pricing.auction.AuctionService;
import org.dataprice.api.pricing.auction.BidRow;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.api.pricing.negotiation.NegotiationRow;
import org.dataprice.api.pricing.negotiation.NegotiationService;
import org.dataprice.api.pricing.purchase.PurchaseRow;
import org.dataprice.api.pricing.purchase.PurchaseService;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.supervision.rule.DealIntegrity;
import org.dataprice.supervision.rule.ScanWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The proof over stored deals that none was concluded after its deadline or by a non-party
 * ({@link DealIntegrity}): each deal of a window (at most {@value #MAX_DEALS}) is read with its listing and its source
 * through the source area's service — the negotiation (acted at the deal's time, deadline the negotiation's), the
 * auction (acted at the winner's last bid, deadline the auction's), the purchase (acted at the purchase, deadline the
 * listing's {@code validUntil}).
 */
@Singleton
public class DealIntegrityService {
    /** The most deals one proof reads (three reads per deal). */
    public static final int MAX_DEALS = 10_000;

    private final DealService deals;
    private final ListingService listings;
    private final NegotiationService negotiations;
    private final AuctionService auctions;
    private final PurchaseService purchases;
    private final Transactions tx;

    /**
     * @param deals        the deals
     * @param listings     the listings
     * @param negotiations the negotiations
     * @param auctions     the auctions
     * @param purchases    the purchases
     * @param tx           transactions
     */
    public DealIntegrityService(DealService deals, ListingService listings, NegotiationService negotiations,
                                AuctionService auctions, PurchaseService purchases, Transactions tx) {
        this.deals = deals;
        this.listings = listings;
        this.negotiations = negotiations;
        this.auctions = auctions;
        this.purchases = purchases;
        this.tx = tx;
    }

    /**
     * @param from first deal date
     * @param to   last deal date
     * @return the deals checked and the offenders (none: the proof holds)
     */
    public SupervisionJson.IntegrityResponse check(LocalDate from, LocalDate to) {
        ScanWindow window = new ScanWindow(from, to, MAX_DEALS);
        return tx.read(() -> {
            List<DealRow> rows = deals.rows(null, from, to, MAX_DEALS + 1);
            window.requireWithinLimit(rows.size());
            List<DealIntegrity.Origin> origins = new ArrayList<>(rows.size());
            for (DealRow d : rows) {
                origins.add(origin(d));
            }
            return new SupervisionJson.IntegrityResponse(rows.size(), DealIntegrity.check(origins).stream()
                    .map(o -> new SupervisionJson.Offender(o.dealId(), o.kind(), o.detail())).toList());
        });
    }

    private DealIntegrity.Origin origin(DealRow d) {
        ListingRow listing = listings.row(d.listingId());
        switch (d.mode()) {
            case "NEGOTIATED" -> {
                NegotiationRow n = negotiations.stored(d.sourceId());
                return n == null ? missing(d, listing) : new DealIntegrity.Origin(d.id(), d.sellerId(), d.buyerId(),
                        listing.sellerId(), true, n.sellerId(), n.buyerId(), d.concludedAt(), n.deadline());
            }
            case "AUCTION" -> {
                AuctionService.Stored a = auctions.stored(d.sourceId());
                if (a == null) {
                    return missing(d, listing);
                }
                Instant winningBid = null;
                for (BidRow b : a.bids()) {
                    if (b.bidderId().equals(a.auction().winnerId())) {
                        winningBid = b.bidAt();
                    }
                }
                return new DealIntegrity.Origin(d.id(), d.sellerId(), d.buyerId(), listing.sellerId(), true,
                        a.auction().sellerId(), a.auction().winnerId(), winningBid, a.auction().deadline());
            }
            default -> {
                PurchaseRow p = purchases.stored(d.sourceId());
                return p == null ? missing(d, listing) : new DealIntegrity.Origin(d.id(), d.sellerId(), d.buyerId(),
                        listing.sellerId(), true, p.sellerId(), p.buyerId(), p.purchasedAt(), listing.validUntil());
            }
        }
    }

    private static DealIntegrity.Origin missing(DealRow d, ListingRow listing) {
        return new DealIntegrity.Origin(d.id(), d.sellerId(), d.buyerId(), listing.sellerId(), false, null, null, null,
                null);
    }
}
