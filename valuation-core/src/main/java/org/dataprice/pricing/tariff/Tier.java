package org.dataprice.pricing.tariff;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * One band of a cumulative tiered tariff: the units after {@code fromVolume} (and up to the next band's
 * start) are charged {@code unitPrice} each.
 *
 * @param fromVolume the number of units before the band starts, &ge; 0 (the first band starts at 0)
 * @param unitPrice  the price per unit in the band, &ge; 0, in the schedule's currency (may have more
 *                   decimals than the currency, e.g. 0.0028 元/次)
 */
public record Tier(long fromVolume, BigDecimal unitPrice) {
    /** Validates. */
    public Tier {
        Require.atLeast(fromVolume, 0L, "fromVolume");
        Require.notNull(unitPrice, "unitPrice");
        Require.that(unitPrice.signum() >= 0, "unitPrice", unitPrice, Rule.AT_LEAST, 0);
    }
}
