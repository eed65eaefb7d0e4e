package org.dataprice.finance.cashflow;

import java.time.LocalDate;
import org.dataprice.error.Require;

/**
 * One cash flow on a date.
 *
 * @param date   the payment date; not null
 * @param amount the amount, positive received, negative paid; finite, |amount| ≤ {@link CashFlows#MAX_AMOUNT}
 */
public record DatedCashFlow(LocalDate date, double amount) {
    /** Validates both fields. */
    public DatedCashFlow {
        Require.notNull(date, "date");
        Require.inClosedRange(amount, -CashFlows.MAX_AMOUNT, CashFlows.MAX_AMOUNT, "amount");
    }

    /**
     * @param date   the date; not null
     * @param amount the amount
     * @return the flow
     */
    public static DatedCashFlow of(LocalDate date, double amount) {
        return new DatedCashFlow(date, amount);
    }
}
