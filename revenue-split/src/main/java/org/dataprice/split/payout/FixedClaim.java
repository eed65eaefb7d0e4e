package org.dataprice.split.payout;

import org.dataprice.money.Money;

/**
 * A payment whose amount is fixed by a contract, not by the size of the pool: a commission, per-use
 * fees or a per-year payment. Fixed claims are paid after earmarks and before dividends; when the
 * pool left after earmarks cannot cover them all, they are paid pro rata to their amounts (the
 * proportional bankruptcy rule) and the unpaid part of each is reported as a shortfall.
 */
public sealed interface FixedClaim permits Commission, PerUseFee, AnnualPayment {
    /** @return the party owed the claim */
    String party();

    /** @return the amount owed, at the currency's minor units, ≥ 0 */
    Money amount();

    /** @return how the amount is computed, for the statement */
    String basis();

    /** @return the kind of line on the statement */
    LineKind kind();
}
