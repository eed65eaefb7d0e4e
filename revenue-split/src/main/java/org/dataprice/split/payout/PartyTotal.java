package org.dataprice.split.payout;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * A party's total over a schedule.
 *
 * @param party the party; not blank
 * @param total the sum of its statement totals; not null
 */
public record PartyTotal(String party, Money total) {
    /** Validates. */
    public PartyTotal {
        Require.notBlank(party, "party");
        Require.notNull(total, "total");
    }
}
