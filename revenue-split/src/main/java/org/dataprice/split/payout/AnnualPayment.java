package org.dataprice.split.payout;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A fixed payment per year (按年支付), pro rata to the fraction of a year the settlement period covers:
 * amount = per-year amount × years, rounded half-even to the minor unit.
 *
 * @param party   the party; not blank
 * @param perYear the amount per year ≥ 0; not null
 * @param years   the period length in years, in (0, 100] (e.g. 0.25 for a quarter); not null
 */
public record AnnualPayment(String party, Money perYear, BigDecimal years) implements FixedClaim {
    /** Validates. */
    public AnnualPayment {
        Require.notBlank(party, "party");
        Require.notNull(perYear, "perYear");
        Require.that(!perYear.isNegative(), "perYear", perYear, Rule.AT_LEAST, 0);
        Require.notNull(years, "years");
        Require.that(years.signum() > 0 && years.compareTo(BigDecimal.valueOf(100)) <= 0, "years", years,
                Rule.OUT_OF_RANGE, "(0, 100]");
    }

    @Override
    public Money amount() {
        return Money.of(perYear.amount().multiply(years), perYear.currency(), Money.minorUnits(perYear.currency()),
                Money.SETTLEMENT_ROUNDING); // per-year amount × years
    }

    @Override
    public String basis() {
        return perYear + " per year x " + years.stripTrailingZeros().toPlainString() + " years";
    }

    @Override
    public LineKind kind() {
        return LineKind.ANNUAL;
    }
}
