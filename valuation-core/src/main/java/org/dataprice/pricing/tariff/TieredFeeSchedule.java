package org.dataprice.pricing.tariff;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;

/**
 * A cumulative tiered fee (累进阶梯计费): each band of the volume is charged at its own unit price and the
 * bands are summed (Fujian 《公共数据运营服务费收费标准(试行)》, domain-notes §3 item 6):
 * <pre>
 *   fee(q) = Σ_k price_k × max(0, min(q, upper_k) − lower_k)
 * </pre>
 * The cumulative fee at each band start, C_k = fee(lower_k), is pre-computed once, so a fee is one binary
 * search for the band k with lower_k ≤ q plus C_k + price_k × (q − lower_k): O(log K), allocation-free
 * ({@link #fee(long)}). {@link #exactFee(long)} computes the same sum in {@link BigDecimal} and rounds the
 * total once, half-even, to the minor unit, for settlement.
 *
 * <p>Properties: fee(0) = 0; fee is non-decreasing in q (prices ≥ 0) and continuous across band edges;
 * with prices falling by band it is concave (volume discount). Limits: at most {@link #MAX_TIERS} bands;
 * volumes up to {@link #MAX_VOLUME}. Immutable and thread-safe.
 */
public final class TieredFeeSchedule {
    /** The largest number of bands accepted. */
    public static final int MAX_TIERS = 10_000;
    /** The largest volume accepted (10¹⁵ units). */
    public static final long MAX_VOLUME = 1_000_000_000_000_000L;

    private final Currency currency;
    private final List<Tier> tiers;
    private final long[] lower;
    private final double[] price;
    private final double[] cumulative;

    private TieredFeeSchedule(Currency currency, List<Tier> tiers) {
        this.currency = currency;
        this.tiers = tiers;
        int n = tiers.size();
        lower = new long[n];
        price = new double[n];
        cumulative = new double[n];
        for (int k = 0; k < n; k++) {
            lower[k] = tiers.get(k).fromVolume();
            price[k] = tiers.get(k).unitPrice().doubleValue();
            cumulative[k] = k == 0 ? 0 : cumulative[k - 1] + price[k - 1] * (lower[k] - lower[k - 1]);
        }
    }

    /**
     * @param currency the currency of the fees; not null
     * @param tiers    the bands, first from 0, strictly increasing starts; copied
     * @return the schedule
     */
    public static TieredFeeSchedule of(Currency currency, List<Tier> tiers) {
        Require.notNull(currency, "currency");
        List<Tier> copy = Require.nonEmptyCopy(tiers, "tiers");
        Require.withinLimit(copy.size(), MAX_TIERS, "tiers", "");
        Require.that(copy.get(0).fromVolume() == 0, "tiers[0].fromVolume", copy.get(0).fromVolume(), Rule.AT_MOST, 0);
        for (int k = 1; k < copy.size(); k++) {
            Require.that(copy.get(k).fromVolume() > copy.get(k - 1).fromVolume(), "tiers[" + k + "].fromVolume",
                    copy.get(k).fromVolume(), Rule.GREATER_THAN, copy.get(k - 1).fromVolume());
            Require.withinLimit(copy.get(k).fromVolume(), MAX_VOLUME, "tiers[" + k + "].fromVolume", "");
        }
        return new TieredFeeSchedule(currency, copy);
    }

    /**
     * The cumulative schedule of a fixed-price listing: its volume tiers, or one band at the quote when it
     * has none.
     *
     * @param listing a {@link ListingMode#FIXED_PRICE} listing; not null
     * @return the schedule in the quote's currency
     */
    public static TieredFeeSchedule fromListing(Listing listing) {
        Require.notNull(listing, "listing");
        Require.that(listing.mode() == ListingMode.FIXED_PRICE, "listing.mode", listing.mode(), Rule.INVALID_STATE,
                "only a FIXED_PRICE listing has a posted schedule");
        List<Tier> bands = listing.volumeTiers().isEmpty()
                ? List.of(new Tier(0, listing.quote().amount()))
                : listing.volumeTiers().stream().map(t -> new Tier(t.fromVolume(), t.unitPrice().amount())).toList();
        return of(listing.quote().currency(), bands);
    }

    /** @return the currency */
    public Currency currency() {
        return currency;
    }

    /** @return the bands */
    public List<Tier> tiers() {
        return tiers;
    }

    /**
     * The primitive kernel: the fee in {@code double} currency units, O(log K), allocation-free.
     *
     * @param volume the volume q, 0..{@link #MAX_VOLUME}
     * @return fee(q)
     */
    public double fee(long volume) {
        Require.atLeast(volume, 0L, "volume");
        Require.withinLimit(volume, MAX_VOLUME, "volume", "");
        int k = band(volume);
        return cumulative[k] + price[k] * (volume - lower[k]);
    }

    /**
     * The fee in exact decimal arithmetic, rounded once, half-even, to the minor unit.
     *
     * @param volume the volume q, 0..{@link #MAX_VOLUME}
     * @return fee(q) as money
     */
    public Money exactFee(long volume) {
        Require.atLeast(volume, 0L, "volume");
        Require.withinLimit(volume, MAX_VOLUME, "volume", "");
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < tiers.size() && volume > lower[k]; k++) {
            long upper = k + 1 < tiers.size() ? Math.min(volume, lower[k + 1]) : volume;
            sum = sum.add(tiers.get(k).unitPrice().multiply(BigDecimal.valueOf(upper - lower[k])));
        }
        return Money.of(sum, currency, Money.minorUnits(currency), Money.SETTLEMENT_ROUNDING);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TieredFeeSchedule other && currency.equals(other.currency) && tiers.equals(other.tiers);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + tiers.hashCode();
    }

    @Override
    public String toString() {
        return "TieredFeeSchedule[" + currency + ", " + tiers + "]";
    }

    // the last band whose start is ≤ volume (lower[0] = 0); branch-free binary search (conditional moves)
    private int band(long volume) {
        int base = 0;
        int n = lower.length;
        while (n > 1) {
            int half = n >>> 1;
            base = lower[base + half] <= volume ? base + half : base;
            n -= half;
        }
        return base;
    }
}
