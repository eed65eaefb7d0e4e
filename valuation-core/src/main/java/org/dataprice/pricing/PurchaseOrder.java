package org.dataprice.pricing;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.pricing.tariff.TieredFeeSchedule;

/**
 * What a buyer orders from a fixed-price listing (固定价格): a volume of units, priced by the listing's
 * cumulative tiers, or one of its subscription terms. See {@link Purchase#of}.
 */
public sealed interface PurchaseOrder permits PurchaseOrder.Volume, PurchaseOrder.Subscription {
    /**
     * @param volume       units to buy, or null
     * @param subscription a subscription term (its months, e.g. {@code "12"}), or null
     * @return the order; exactly one of the two must be given ({@code volume}, INVALID_STATE)
     */
    static PurchaseOrder of(Long volume, String subscription) {
        Require.that((volume == null) != (subscription == null), "volume", volume, Rule.INVALID_STATE,
                "give exactly one of volume or subscription");
        return volume != null ? new Volume(volume) : new Subscription(subscription);
    }

    /**
     * A volume of units.
     *
     * @param units the number of units, 1..{@link TieredFeeSchedule#MAX_VOLUME} (field {@code volume})
     */
    record Volume(long units) implements PurchaseOrder {
        /** Validates. */
        public Volume {
            Require.atLeast(units, 1L, "volume");
            Require.withinLimit(units, TieredFeeSchedule.MAX_VOLUME, "volume", "");
        }
    }

    /**
     * One subscription term of the listing, named by its length in months.
     *
     * @param term the term's months as text, e.g. {@code "12"} (surrounding blanks ignored); not blank
     *             (field {@code subscription})
     */
    record Subscription(String term) implements PurchaseOrder {
        /** Validates and strips. */
        public Subscription {
            term = Require.notBlank(term, "subscription").strip();
        }
    }
}
