package org.dataprice.split.payout;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A party's weight in a dividend basis.
 *
 * @param party  the party; not blank
 * @param weight its weight ≥ 0 (a value, an equity stake, a rights score); not null
 */
public record PartyWeight(String party, BigDecimal weight) {
    /** Validates. */
    public PartyWeight {
        Require.notBlank(party, "party");
        Require.notNull(weight, "weight");
        Require.that(weight.signum() >= 0, "weight", weight, Rule.AT_LEAST, 0);
    }
}
