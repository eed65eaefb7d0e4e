package org.dataprice.split.pool;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A period's distributable pool drawn from the deals of a product (or one listing of it) over a date range:
 * the revenue a settlement distributes is what the market recorded, not a figure typed in by hand.
 *
 * <p>pool = Σ total_d over the deals d of the product (and listing, when given) with
 * {@code from ≤ dealDate_d ≤ to}, exact in {@link java.math.BigDecimal}. Every deal must be in the settlement's
 * currency (no conversion is guessed: a deal in another currency is refused, naming it), and there must be at
 * least one deal (an empty range is an error, never a zero pool paid out silently).
 *
 * @param productId the product whose deals are drawn
 * @param listingId one listing of it, or null for every listing
 * @param from      first deal date, inclusive
 * @param to        last deal date, inclusive; not before {@code from}
 * @param deals     the deals drawn, in the order recorded (concluded at, then id)
 */
public record DealPool(String productId, String listingId, LocalDate from, LocalDate to, List<DealRevenue> deals) {
    /** Validates and copies. */
    public DealPool {
        Require.notBlank(productId, "productId");
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        Require.that(!to.isBefore(from), "to", to, Rule.AT_LEAST, from);
        deals = List.copyOf(Require.notNull(deals, "deals"));
    }

    /**
     * The bound on the deals one pool draws (their ids are kept with the settlement).
     *
     * @param count    the deals matched (read up to {@code maxDeals + 1})
     * @param maxDeals the most deals one pool may draw
     * @throws org.dataprice.error.LimitExceededException on {@code deals} beyond it: settle shorter periods
     */
    public static void requireAtMost(int count, int maxDeals) {
        Require.withinLimit(count, maxDeals, "deals", "the deals one period draws (settle shorter periods)");
    }

    /**
     * The period's pool: Σ of the deals' totals ({@link #total}), which must be payable as it is, at the
     * currency's minor units (a deal total priced per unit may carry more decimals; a sum such as
     * CNY 3,500.115 is refused, never rounded silently: the settlement would pay other money than the deals made).
     *
     * @param currency the settlement's currency; not null
     * @return the pool, at the currency's minor units
     * @throws InvalidInputException on {@code deals}: {@code empty}, {@code currency-mismatch} (see {@link #total}),
     *                               or {@code precision-loss} when the sum has more decimals than the currency
     */
    public Money pool(Currency currency) {
        Money sum = total(currency);
        int minor = Money.minorUnits(currency);
        Require.that(sum.amount().stripTrailingZeros().scale() <= minor, "deals", sum.amount().toPlainString(),
                Rule.PRECISION_LOSS, minor);
        return Money.of(sum.amount().setScale(minor, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * @param currency the settlement's currency
     * @return Σ of the deals' totals
     * @throws InvalidInputException {@code empty} when no deal matched, {@code currency-mismatch} naming the
     *                               first deal in another currency
     */
    public Money total(Currency currency) {
        if (deals.isEmpty()) {
            throw new InvalidInputException("deals", productId, Rule.EMPTY);
        }
        Money sum = Money.zero(currency);
        for (DealRevenue d : deals) {
            if (!d.total().currency().equals(currency)) {
                throw new InvalidInputException("deals", "deal " + d.dealId() + " in " + d.total().currency().getCurrencyCode(),
                        Rule.CURRENCY_MISMATCH, currency.getCurrencyCode());
            }
            sum = sum.plus(d.total());
        }
        return sum;
    }
}
