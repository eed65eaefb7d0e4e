package org.dataprice.split.payout;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One line of a party's statement.
 *
 * @param kind   what the line is; not null
 * @param amount the amount (negative for a loss share); not null
 * @param basis  how it was computed, in words and figures; not null
 */
public record PayoutLine(LineKind kind, Money amount, String basis) {
    /** Validates. */
    public PayoutLine {
        Require.notNull(kind, "kind");
        Require.notNull(amount, "amount");
        Require.notNull(basis, "basis");
    }
}
