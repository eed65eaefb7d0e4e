package org.dataprice.pricing.listing;

import java.time.Instant;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A listing (挂牌) of a data product by its seller: what is sold, to whom it may be priced how, the
 * seller's quote (报价) and how long the listing is valid.
 *
 * <p>Cross-field rules: {@code validFrom < validUntil}; volume tiers and subscription terms only in
 * {@link ListingMode#FIXED_PRICE}, tiers strictly increasing in {@code fromVolume} and the first
 * starting at 0, all amounts in the quote's currency; public data for a free use
 * ({@link DataUse#isFreeForPublicData()}) must be quoted at zero.
 *
 * @param listingId     the listing's identifier; not blank
 * @param productId     the product's identifier; not blank
 * @param sellerId      the seller's identifier (the only party allowed to act as seller); not blank
 * @param category      the data category; not null
 * @param use           the use scenario; not null
 * @param unit          the pricing unit; not null
 * @param mode          the listing mode; not null
 * @param quote         the seller's quote per {@code unit}, &ge; 0
 * @param validFrom     start of validity, inclusive; not null
 * @param validUntil    end of validity, exclusive; after {@code validFrom}
 * @param volumeTiers   volume tiers (fixed price only); may be empty; copied
 * @param subscriptions subscription terms (fixed price only); may be empty; copied
 */
public record Listing(String listingId, String productId, String sellerId, DataCategory category, DataUse use,
        PricingUnit unit, ListingMode mode, Money quote, Instant validFrom, Instant validUntil,
        List<VolumeTier> volumeTiers, List<SubscriptionTerm> subscriptions) {
    /** Validates every field and the cross-field rules. */
    public Listing {
        Require.notBlank(listingId, "listingId");
        Require.notBlank(productId, "productId");
        Require.notBlank(sellerId, "sellerId");
        Require.notNull(category, "category");
        Require.notNull(use, "use");
        Require.notNull(unit, "unit");
        Require.notNull(mode, "mode");
        Require.notNull(quote, "quote");
        Require.that(!quote.isNegative(), "quote", quote, Rule.AT_LEAST, 0);
        Require.notNull(validFrom, "validFrom");
        Require.notNull(validUntil, "validUntil");
        Require.that(validUntil.isAfter(validFrom), "validUntil", validUntil, Rule.GREATER_THAN, validFrom);
        volumeTiers = Require.copyOf(volumeTiers, "volumeTiers");
        subscriptions = Require.copyOf(subscriptions, "subscriptions");
        boolean fixed = mode == ListingMode.FIXED_PRICE;
        Require.that(fixed || volumeTiers.isEmpty(), "volumeTiers", mode, Rule.INVALID_STATE,
                "volume tiers need mode FIXED_PRICE");
        Require.that(fixed || subscriptions.isEmpty(), "subscriptions", mode, Rule.INVALID_STATE,
                "subscription terms need mode FIXED_PRICE");
        checkTiers(volumeTiers, quote);
        for (int i = 0; i < subscriptions.size(); i++) {
            Require.that(subscriptions.get(i).price().currency().equals(quote.currency()),
                    "subscriptions[" + i + "].price", subscriptions.get(i).price(), Rule.CURRENCY_MISMATCH,
                    quote.currency());
        }
        Require.that(!(category == DataCategory.PUBLIC && use.isFreeForPublicData()) || quote.isZero(), "quote",
                quote, Rule.AT_MOST, "0 for public data used for " + use);
    }

    private static void checkTiers(List<VolumeTier> tiers, Money quote) {
        for (int i = 0; i < tiers.size(); i++) {
            VolumeTier tier = tiers.get(i);
            Require.that(i > 0 || tier.fromVolume() == 0, "volumeTiers[0].fromVolume", tier.fromVolume(),
                    Rule.AT_MOST, 0);
            Require.that(i == 0 || tier.fromVolume() > tiers.get(i - 1).fromVolume(),
                    "volumeTiers[" + i + "].fromVolume", tier.fromVolume(), Rule.GREATER_THAN,
                    i == 0 ? 0 : tiers.get(i - 1).fromVolume());
            Require.that(tier.unitPrice().currency().equals(quote.currency()), "volumeTiers[" + i + "].unitPrice",
                    tier.unitPrice(), Rule.CURRENCY_MISMATCH, quote.currency());
        }
    }

    /**
     * @param at an instant; not null
     * @return true when the listing is valid at that instant ({@code validFrom ≤ at < validUntil})
     */
    public boolean isValidAt(Instant at) {
        Require.notNull(at, "at");
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }
}
