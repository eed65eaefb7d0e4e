package org.dataprice.accounting;

import java.time.YearMonth;
import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * One month of an amortisation schedule.
 *
 * @param number       1-based month number
 * @param period       the month
 * @param opening      carrying amount at the start of the month
 * @param amortisation the month's amortisation (摊销额)
 * @param accumulated  accumulated amortisation at the end of the month (累计摊销)
 * @param closing      carrying amount at the end of the month = opening − amortisation
 */
public record AmortisationLine(int number, YearMonth period, Money opening, Money amortisation, Money accumulated,
        Money closing) {
    /** Validates. */
    public AmortisationLine {
        Require.atLeast(number, 1, "number");
        Require.notNull(period, "period");
        Require.notNull(opening, "opening");
        Require.notNull(amortisation, "amortisation");
        Require.notNull(accumulated, "accumulated");
        Require.notNull(closing, "closing");
    }
}
