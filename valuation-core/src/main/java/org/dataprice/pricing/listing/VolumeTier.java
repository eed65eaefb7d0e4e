package org.dataprice.pricing.listing;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One volume tier of a fixed-price listing: units from {@code fromVolume} upwards are priced at
 * {@code unitPrice} (until the next tier starts). Tiers are cumulative (累进): each band is charged at
 * its own price; see {@link org.dataprice.pricing.tariff.TieredFeeSchedule}.
 *
 * @param fromVolume the first unit (0-based count of units already bought) of the tier, &ge; 0
 * @param unitPrice  the price per unit within the tier, &ge; 0; may carry more decimals than the currency
 */
public record VolumeTier(long fromVolume, Money unitPrice) {
    /** Validates. */
    public VolumeTier {
        Require.atLeast(fromVolume, 0L, "fromVolume");
        Require.notNull(unitPrice, "unitPrice");
        Require.that(!unitPrice.isNegative(), "unitPrice", unitPrice, org.dataprice.error.Rule.AT_LEAST, 0);
    }
}
