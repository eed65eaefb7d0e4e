package org.dataprice.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A deal as the market monitor sees it: the fields of a stored {@code pricing_deal} row joined with its
 * listing (category, quantity) and, where there is one, its appraisal band and the listing's reference price at
 * the deal date. A plain record that the service fills from stored rows; the monitor never reads storage.
 *
 * <p>The unit price is {@code price / quantity} (per the listing's pricing unit); the statistical rules work on
 * its natural logarithm, because data prices are right-skewed and roughly log-normal (so a relative deviation
 * reads the same at every price level). A deal at price 0 (a free public-data grant) has no log price: the
 * log-price rules skip it and count it.
 *
 * @param dealId         the deal's id; not blank
 * @param listingId      the listing; not blank
 * @param sellerId       the seller; not blank
 * @param buyerId        the buyer; not blank, ≠ seller (as {@link org.dataprice.pricing.Deal} requires)
 * @param category       the comparable group (the listing's product category), e.g. {@code "traffic.flow"}; not blank
 * @param month          the deal month in the exchange's time zone; not null
 * @param at             when the deal was concluded; not null
 * @param price          the deal price, &ge; 0; not null
 * @param quantity       the quantity in the listing's pricing unit, &gt; 0; not null
 * @param bandLower      the lower edge of the appraisal band A(1 − β) for this deal's terms; null when not appraised
 * @param bandUpper      the upper edge A(1 + β); null exactly when {@code bandLower} is null
 * @param referencePrice the listing's reference price for these terms at the deal date; null when none was published
 */
public record MonitoredDeal(String dealId, String listingId, String sellerId, String buyerId, String category,
        YearMonth month, Instant at, Money price, BigDecimal quantity, Money bandLower, Money bandUpper,
        Money referencePrice) {
    /** Validates. */
    public MonitoredDeal {
        Require.notBlank(dealId, "dealId");
        Require.notBlank(listingId, "listingId");
        Require.notBlank(sellerId, "sellerId");
        Require.notBlank(buyerId, "buyerId");
        Require.that(!buyerId.equals(sellerId), "buyerId", buyerId, Rule.INVALID_STATE, "buyer must differ from seller");
        Require.notBlank(category, "category");
        Require.notNull(month, "month");
        Require.notNull(at, "at");
        Require.notNull(price, "price");
        Require.that(!price.isNegative(), "price", price, Rule.AT_LEAST, 0);
        Require.notNull(quantity, "quantity");
        Require.that(quantity.signum() > 0, "quantity", quantity, Rule.GREATER_THAN, 0);
        Require.that((bandLower == null) == (bandUpper == null), "bandUpper", bandUpper, Rule.INVALID_STATE,
                "both band edges or neither");
        if (bandLower != null) {
            sameCurrency(bandLower, price, "bandLower");
            sameCurrency(bandUpper, price, "bandUpper");
            Require.that(bandLower.compareTo(bandUpper) <= 0, "bandUpper", bandUpper, Rule.AT_LEAST, bandLower);
        }
        if (referencePrice != null) {
            sameCurrency(referencePrice, price, "referencePrice");
            Require.that(referencePrice.signum() > 0, "referencePrice", referencePrice, Rule.GREATER_THAN, 0);
        }
    }

    private static void sameCurrency(Money m, Money price, String field) {
        Require.that(m.currency().equals(price.currency()), field, m, Rule.CURRENCY_MISMATCH, price.currency());
    }

    /** @return true when the price is positive, so that the log unit price exists */
    public boolean hasLogPrice() {
        return price.signum() > 0;
    }

    /**
     * @return ln(price / quantity), computed in double (the statistical rules' scale)
     * @throws org.dataprice.error.InvalidInputException on {@code price} when it is 0
     */
    public double logUnitPrice() {
        Require.that(hasLogPrice(), "price", price, Rule.GREATER_THAN, 0);
        return Math.log(price.toDouble()) - Math.log(quantity.doubleValue());
    }

    /** The order of a batch: by {@code at}, then by {@code dealId}. */
    public static final java.util.Comparator<MonitoredDeal> TIME_ORDER =
            java.util.Comparator.comparing(MonitoredDeal::at).thenComparing(MonitoredDeal::dealId);

    /**
     * Checks in O(n) that a batch is in {@link #TIME_ORDER} and in one currency (the service reads deals
     * {@code ORDER BY at, id}; sorting 10<sup>6</sup> records would cost more than judging them).
     *
     * @param deals the batch; not null
     * @throws org.dataprice.error.InvalidInputException on {@code deals[i].at} out of order, or
     *                                                   {@code deals[i].price} in another currency
     */
    public static void requireTimeOrder(java.util.List<MonitoredDeal> deals) {
        Require.notNull(deals, "deals");
        for (int i = 1; i < deals.size(); i++) {
            MonitoredDeal a = deals.get(i - 1);
            MonitoredDeal b = deals.get(i);
            // the messages are built only on failure (formatting an Instant per deal would dominate a scan)
            if (TIME_ORDER.compare(a, b) > 0 || !a.price().currency().equals(b.price().currency())) {
                requireTimeOrder(java.util.List.of(a, b), i);
            }
        }
    }

    /**
     * Throws the error of the pair {@code (deals[0], deals[1])} out of order or in two currencies, naming the
     * second as {@code deals[index]}; returns when the pair is fine.
     *
     * @param pair  two consecutive deals; not null
     * @param index the position of the second in its batch
     */
    public static void requireTimeOrder(java.util.List<MonitoredDeal> pair, int index) {
        MonitoredDeal a = pair.get(0);
        MonitoredDeal b = pair.get(1);
        Require.that(TIME_ORDER.compare(a, b) <= 0, "deals[" + index + "].at", b.at(), Rule.AT_LEAST,
                a.at() + " (time order)");
        Require.that(a.price().currency().equals(b.price().currency()), "deals[" + index + "].price", b.price(),
                Rule.CURRENCY_MISMATCH, a.price().currency());
    }
}
