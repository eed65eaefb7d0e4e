package org.dataprice.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.SubscriptionTerm;
import org.dataprice.pricing.tariff.TieredFeeSchedule;

/**
 * A purchase at the posted price of a fixed-price listing (固定价格成交), and the {@link Deal} it concludes.
 *
 * <p>Price, exact and rounded once:
 * <ul>
 *   <li><b>Volume</b> q: fee = Σ_k price_k × max(0, min(q, upper_k) − lower_k) over the listing's cumulative
 *       volume tiers (one band at the quote when it has none), summed in exact decimals and rounded once,
 *       half-even ({@link Money#SETTLEMENT_ROUNDING}), to the currency's minor unit
 *       ({@link TieredFeeSchedule#exactFee}). quantity = q; unit price = fee / q rounded half-even to the
 *       minor unit, so unit price × quantity equals the fee only up to that rounding (|difference| ≤ q ×
 *       half a minor unit): the fee is the amount owed.</li>
 *   <li><b>Subscription</b>: the first term of the listing with that many months; fee = unit price = the
 *       term's price; quantity 1.</li>
 * </ul>
 *
 * <p>Refused (field, {@link Rule}), in the order checked by {@link #of}: the seller buying
 * ({@code buyerId}, NOT_A_PARTY); a listing not FIXED_PRICE ({@code listing.mode}, INVALID_STATE); outside
 * the listing's validity [validFrom, validUntil) ({@code at}, OUT_OF_RANGE); an unknown term
 * ({@code subscription}, UNKNOWN, listing the months offered). Source of the cumulative tariff: Fujian
 * 《公共数据运营服务费收费标准(试行)》 (domain-notes §3 item 6). Immutable and thread-safe.
 *
 * @param listingId the listing; not blank
 * @param sellerId  the listing's seller; not blank
 * @param buyerId   the buyer; not blank, not the seller
 * @param kind      volume or subscription; not null
 * @param quantity  units bought (VOLUME, 1..{@link TieredFeeSchedule#MAX_VOLUME}) or 1 (SUBSCRIPTION)
 * @param months    the term bought (SUBSCRIPTION, 1..120), 0 for a volume
 * @param fee       the total owed, &ge; 0, at the currency's minor unit; not null
 * @param at        when it was bought; not null
 */
public record Purchase(String listingId, String sellerId, String buyerId, Kind kind, long quantity, int months,
        Money fee, Instant at) {
    /** What was bought. */
    public enum Kind {
        /** A volume of units at the tiered fee. */
        VOLUME,
        /** One subscription term at its price. */
        SUBSCRIPTION
    }

    /** Validates every field and the kind's quantity and months. */
    public Purchase {
        Require.notBlank(listingId, "listingId");
        Require.notBlank(sellerId, "sellerId");
        Require.notBlank(buyerId, "buyerId");
        Require.that(!buyerId.equals(sellerId), "buyerId", buyerId, Rule.NOT_A_PARTY, "buyer other than the seller");
        Require.notNull(kind, "kind");
        if (kind == Kind.VOLUME) {
            Require.atLeast(quantity, 1L, "volume");
            Require.withinLimit(quantity, TieredFeeSchedule.MAX_VOLUME, "volume", "");
            Require.that(months == 0, "months", months, Rule.INVALID_STATE, "no term for a volume");
        } else {
            Require.that(quantity == 1, "quantity", quantity, Rule.INVALID_STATE, "one term per subscription");
            Require.inClosedRange(months, 1, 120, "months");
        }
        Require.notNull(fee, "fee");
        Require.that(!fee.isNegative(), "fee", fee, Rule.AT_LEAST, 0);
        Require.that(fee.amount().scale() == Money.minorUnits(fee.currency()), "fee", fee, Rule.PRECISION_LOSS,
                Money.minorUnits(fee.currency()));
        Require.notNull(at, "at");
    }

    /**
     * Buys from a listing at its posted price (rules and rounding in the class comment).
     *
     * @param listing the listing, with its volume tiers and subscription terms; not null
     * @param buyerId the buyer; not the listing's seller
     * @param order   a volume or a term; not null
     * @param at      the time of the purchase; within the listing's validity
     * @return the purchase
     */
    public static Purchase of(Listing listing, String buyerId, PurchaseOrder order, Instant at) {
        Require.notNull(listing, "listing");
        Require.notBlank(buyerId, "buyerId");
        Require.notNull(order, "order");
        Require.notNull(at, "at");
        Require.that(!buyerId.equals(listing.sellerId()), "buyerId", buyerId, Rule.NOT_A_PARTY,
                "buyer other than the seller of listing " + listing.listingId());
        Require.that(listing.mode() == ListingMode.FIXED_PRICE, "listing.mode", listing.mode(), Rule.INVALID_STATE,
                "only a FIXED_PRICE listing can be bought at its posted price");
        Require.that(listing.isValidAt(at), "at", at, Rule.OUT_OF_RANGE,
                "[" + listing.validFrom() + ", " + listing.validUntil() + ") (the listing's validity)");
        if (order instanceof PurchaseOrder.Volume v) {
            return new Purchase(listing.listingId(), listing.sellerId(), buyerId, Kind.VOLUME, v.units(), 0,
                    TieredFeeSchedule.fromListing(listing).exactFee(v.units()), at);
        }
        SubscriptionTerm term = term(listing.subscriptions(), ((PurchaseOrder.Subscription) order).term());
        return new Purchase(listing.listingId(), listing.sellerId(), buyerId, Kind.SUBSCRIPTION, 1, term.months(),
                term.price(), at);
    }

    /** @return the units bought, or 1 for a subscription, as the deal's quantity */
    public BigDecimal dealQuantity() {
        return BigDecimal.valueOf(quantity);
    }

    /** @return fee / quantity, rounded half-even to the minor unit (the fee itself for a subscription) */
    public Money unitPrice() {
        // fee / q, half-even at the minor unit
        return kind == Kind.SUBSCRIPTION ? fee
                : Money.of(fee.amount().divide(dealQuantity(), Money.minorUnits(fee.currency()),
                        Money.SETTLEMENT_ROUNDING), fee.currency());
    }

    /** @return the deal concluded: mode FIXED_PRICE, price = the fee, concluded at the purchase */
    public Deal deal() {
        return new Deal(listingId, sellerId, buyerId, ListingMode.FIXED_PRICE, fee, at);
    }

    private static SubscriptionTerm term(List<SubscriptionTerm> terms, String months) {
        for (SubscriptionTerm t : terms) {
            if (String.valueOf(t.months()).equals(months)) {
                return t;
            }
        }
        throw new InvalidInputException("subscription", months, Rule.UNKNOWN,
                terms.isEmpty() ? "no subscription terms on this listing"
                        : terms.stream().map(t -> String.valueOf(t.months())).toList().toString());
    }
}
