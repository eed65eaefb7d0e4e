package org.dataprice.supervision.structure;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One party's share of a cell.
 *
 * @param party the party; not blank
 * @param value its deal value in the cell, exact; not null
 * @param share value / the cell's total, in [0, 1]
 */
public record PartyShare(String party, Money value, double share) {
    /** Validates. */
    public PartyShare {
        Require.notBlank(party, "party");
        Require.notNull(value, "value");
        Require.inClosedRange(share, 0, 1, "share");
    }
}
