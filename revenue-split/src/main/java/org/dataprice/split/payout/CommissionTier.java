package org.dataprice.split.payout;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A band of a tiered commission: the rate applies to the part of the transaction value above
 * {@code from} (and below the next tier's {@code from}).
 *
 * @param from the lower edge of the band, ≥ 0; not null
 * @param rate the marginal rate in the band, in [0, 1]; not null
 */
public record CommissionTier(Money from, BigDecimal rate) {
    /** Validates. */
    public CommissionTier {
        Require.notNull(from, "from");
        Require.that(!from.isNegative(), "from", from, Rule.AT_LEAST, 0);
        Require.notNull(rate, "rate");
        Require.that(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0, "rate", rate, Rule.OUT_OF_RANGE, "[0, 1]");
    }
}
