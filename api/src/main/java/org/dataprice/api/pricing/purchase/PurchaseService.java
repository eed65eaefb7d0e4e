package org.dataprice.api.pricing.purchase;

import org.dataprice.api.id.RecordIds;
import org.dataprice.api.pricing.listing.ListingMapper;

import org.dataprice.api.pricing.NotAPartyException;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.credit.CreditService;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.api.pricing.listing.ListingSubscriptionRepository;
import org.dataprice.api.pricing.listing.ListingTermRows;
import org.dataprice.api.pricing.listing.ListingTierRepository;

import org.dataprice.api.transaction.Transactions;
import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.supervision.credit.CreditAction;
import org.dataprice.pricing.Purchase;
import org.dataprice.pricing.PurchaseOrder;
import org.dataprice.pricing.listing.Listing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Purchases from FIXED_PRICE listings: load the listing with its terms, let the core price the order
 * ({@link Purchase#of}: a volume at the listing's cumulative tiered fee, one band at the quote when the
 * listing has no tiers, or one of its subscription terms at the term's price; validity, mode and party
 * rules; exact money and the stated rounding), save. Each purchase is one
 * transaction that appends the purchase row and records the deal in {@code pricing_deal} (mode
 * {@code FIXED_PRICE}, source the purchase): a volume as {@code quantity = volume}, {@code unit_price =
 * fee / volume} rounded half-even to the currency's minor unit (every reader of the table takes it as
 * money), {@code total_price} the exact fee, so for a volume unit_price × quantity equals the total only up
 * to that rounding, a subscription as quantity 1
 * at the term's price (the term's months are on the purchase row).
 *
 * <p>Refused: the listing's seller buying (403 {@code not-a-party}, field {@code buyerId}); a listing not
 * FIXED_PRICE (422 {@code invalid-state}, {@code listing.mode}); outside its validity (422
 * {@code out-of-range}, {@code at}); a flagged, unjustified quote (422 {@code justification-required},
 * {@code justification}, {@link ListingService#requireTradable}, checked after the core's rules); neither
 * or both of volume and subscription (422 {@code invalid-state}, {@code volume}, checked first: it is the
 * request's shape); an unknown term (422 {@code unknown}, {@code subscription}); a buyer whose market credit
 * restricts bidding (失信惩戒: a fixed-price purchase is a buy like a bid; 422 {@code restricted}, {@code buyerId},
 * naming the restriction's end, {@link CreditService#require}, after the core's rules).
 */
@Singleton
public class PurchaseService {
    /** The usage scope recorded for a posted-price purchase. */
    static final String RIGHTS_TYPE = "INTERNAL";

    private final ListingService listings;
    private final ListingTierRepository tiers;
    private final ListingSubscriptionRepository subscriptions;
    private final PurchaseRepository purchases;
    private final DealService deals;
    private final Transactions tx;
    private final Clock clock;
    private final LedgerChain chain;
    private final CreditService credit;

    /**
     * @param listings      the listings
     * @param tiers         the volume tiers
     * @param subscriptions the subscription terms
     * @param purchases     the purchase table
     * @param deals         the deal store
     * @param tx            transactions
     * @param clock         the market clock
     * @param chain         the ledger chain (every purchase is a record of the purchases ledger)
     * @param credit        market credit (a buyer restricted from bidding is refused)
     */
    public PurchaseService(ListingService listings, ListingTierRepository tiers,
                           ListingSubscriptionRepository subscriptions, PurchaseRepository purchases,
                           DealService deals, Transactions tx, Clock clock,
                           LedgerChain chain, CreditService credit) {
        this.chain = chain;
        this.credit = credit;
        this.listings = listings;
        this.tiers = tiers;
        this.subscriptions = subscriptions;
        this.purchases = purchases;
        this.deals = deals;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param listingId the listing
     * @param request   a volume or a subscription term
     * @param buyerId   the caller; not the listing's seller
     * @return the stored purchase with its deal id
     */
    public PurchaseResponse buy(String listingId, PurchaseRequest request, String buyerId) {
        return tx.write(() -> {
            ListingRow row = listings.row(listingId);
            List<ListingTermRows.Subscription> terms = subscriptions.findByListingIdOrderBySeq(listingId);
            Listing listing = ListingMapper.toListing(row, tiers.findByListingIdOrderBySeq(listingId), terms);
            PurchaseOrder order = PurchaseMapper.toPurchaseOrder(request, terms);
            Instant at = now();
            Purchase purchase = NotAPartyException.whenNotAParty(() -> Purchase.of(listing, buyerId, order, at));
            listings.requireTradable(row);
            credit.require(buyerId, CreditAction.BIDDING, "buyerId");
            String id = RecordIds.nextId(at);
            DealRow dealRow = deals.record(purchase.deal(), row, RIGHTS_TYPE, id, purchase.unitPrice().amount(),
                    purchase.dealQuantity());
            PurchaseRow saved = purchases.save(PurchaseMapper.toRow(purchase, id, dealRow.id()));
            chain.append(Ledger.PURCHASES, saved.id());
            return PurchaseMapper.toResponse(purchase, saved);
        });
    }

    /**
     * @param listingId a listing
     * @return its purchases, oldest first
     */
    public List<PurchaseRow> purchasesOf(String listingId) {
        return tx.read(() -> purchases.findByListingIdOrderByPurchasedAt(listingId));
    }

    /**
     * @param id a purchase id
     * @return the stored purchase, or null (for the market monitor's proof over deals)
     */
    public PurchaseRow stored(String id) {
        return tx.read(() -> purchases.findById(id).orElse(null));
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
