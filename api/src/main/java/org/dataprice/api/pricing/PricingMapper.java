package org.dataprice.api.pricing;

import org.dataprice.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The mapping helpers every market workflow shares: a stored amount to core {@link Money}, and an instant at the
 * precision both stores keep. Each workflow maps its own requests and rows to core records
 * ({@code org.dataprice.pricing}) and back in its package ({@code listing.ListingMapper},
 * {@code auction.AuctionMapper}, {@code negotiation.NegotiationMapper}, {@code purchase.PurchaseMapper},
 * {@code deal.DealMapper}, {@code compute.PricingComputeMapper}). Stateless; static methods only.
 */
public final class PricingMapper {
    private PricingMapper() {
    }

    /**
     * @param amount   a stored amount
     * @param currency its currency code
     * @return the money at the currency's minor units
     */
    public static Money money(BigDecimal amount, String currency) {
        return Money.of(amount.stripTrailingZeros(), Money.currency(currency, "currency"));
    }

    /**
     * @param instant an instant
     * @return it truncated to microseconds, the precision both stores keep
     */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

}
