package org.dataprice.api.pricing;

import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.Deal;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.tariff.TieredFeeSchedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Purchases from FIXED_PRICE listings: a volume at the listing's cumulative tiered fee
 * ({@link TieredFeeSchedule#fromListing}, {@link TieredFeeSchedule#exactFee}, one band at the quote when
 * the listing has no tiers), or one of its subscription terms at the term's price. Each purchase is one
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
 * {@code justification}, {@link ListingService#requireTradable}); neither or both of volume and
 * subscription (422 {@code invalid-state}, {@code volume}); an unknown term (422 {@code unknown},
 * {@code subscription}).
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
    private final MarketTransactions tx;
    private final Clock clock;
    private final LedgerChain chain;

    /**
     * @param listings      the listings
     * @param tiers         the volume tiers
     * @param subscriptions the subscription terms
     * @param purchases     the purchase table
     * @param deals         the deal store
     * @param tx            transactions
     * @param clock         the market clock
     * @param chain         the ledger chain (every purchase is a record of the purchases ledger)
     */
    public PurchaseService(ListingService listings, ListingTierRepository tiers,
                           ListingSubscriptionRepository subscriptions, PurchaseRepository purchases,
                           DealService deals, MarketTransactions tx, Clock clock,
                           LedgerChain chain) {
        this.chain = chain;
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
            if (row.sellerId().equals(buyerId)) {
                throw new NotAPartyException("buyerId", "The seller of listing " + listingId + " cannot buy from it");
            }
            Require.that(ListingMode.FIXED_PRICE.name().equals(row.mode()), "listing.mode", row.mode(),
                    Rule.INVALID_STATE, "only a FIXED_PRICE listing can be bought at its posted price");
            Require.that((request.volume() == null) != (request.subscription() == null), "volume", request.volume(),
                    Rule.INVALID_STATE, "give exactly one of volume or subscription");
            Instant at = now();
            Require.that(!at.isBefore(row.validFrom()) && at.isBefore(row.validUntil()), "at", at, Rule.OUT_OF_RANGE,
                    "[" + row.validFrom() + ", " + row.validUntil() + ") (the listing's validity)");
            listings.requireTradable(row);
            List<ListingTermRows.Subscription> terms = subscriptions.findByListingIdOrderBySeq(listingId);
            Listing listing = PricingMapper.toListing(row, tiers.findByListingIdOrderBySeq(listingId), terms);
            String id = UUID.randomUUID().toString();
            Money fee;
            BigDecimal unitPrice;
            BigDecimal quantity;
            Long volume = request.volume();
            Integer months = null;
            if (volume != null) {
                fee = TieredFeeSchedule.fromListing(listing).exactFee(volume);
                quantity = BigDecimal.valueOf(volume);
                unitPrice = fee.amount().divide(quantity, Money.minorUnits(fee.currency()), RoundingMode.HALF_EVEN);
            } else {
                ListingTermRows.Subscription term = term(terms, request.subscription());
                months = term.months();
                fee = PricingMapper.money(term.price(), row.currency());
                quantity = BigDecimal.ONE;
                unitPrice = fee.amount();
            }
            Deal deal = new Deal(listingId, row.sellerId(), buyerId, ListingMode.FIXED_PRICE, fee, at);
            DealRow dealRow = deals.record(deal, row, RIGHTS_TYPE, id, unitPrice, quantity);
            PurchaseRow saved = purchases.save(new PurchaseRow(id, listingId, row.sellerId(), buyerId,
                    volume != null ? "VOLUME" : "SUBSCRIPTION", volume, months, fee.amount(), row.currency(),
                    dealRow.id(), at));
            chain.append(Ledger.PURCHASES, saved.id());
            return new PurchaseResponse(saved.id(), listingId, row.sellerId(), buyerId, saved.kind(), volume, months,
                    MoneyJson.of(fee), MoneyJson.of(unitPrice, row.currency()), quantity, dealRow.id(), at);
        });
    }

    /**
     * @param listingId a listing
     * @return its purchases, oldest first
     */
    List<PurchaseRow> purchasesOf(String listingId) {
        return tx.read(() -> purchases.findByListingIdOrderByPurchasedAt(listingId));
    }

    private static ListingTermRows.Subscription term(List<ListingTermRows.Subscription> terms, String wanted) {
        String key = wanted.strip();
        for (ListingTermRows.Subscription t : terms) {
            if (t.id().equals(key) || String.valueOf(t.months()).equals(key)) {
                return t;
            }
        }
        throw new InvalidInputException("subscription", wanted, Rule.UNKNOWN,
                terms.isEmpty() ? "no subscription terms on this listing"
                        : terms.stream().map(t -> String.valueOf(t.months())).toList().toString());
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
