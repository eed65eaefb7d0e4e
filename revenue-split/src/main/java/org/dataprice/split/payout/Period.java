package org.dataprice.split.payout;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One period of a payout schedule.
 *
 * @param label the period, e.g. {@code "2025-Q1"}; not blank
 * @param pool  its distributable pool (negative for a loss); not null
 * @param terms its rules (fixed claims usually differ per period); not null
 */
public record Period(String label, Money pool, SettlementTerms terms) {
    /** Validates. */
    public Period {
        Require.notBlank(label, "label");
        Require.notNull(pool, "pool");
        Require.notNull(terms, "terms");
    }
}
