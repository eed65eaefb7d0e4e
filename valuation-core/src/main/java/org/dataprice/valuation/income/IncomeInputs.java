package org.dataprice.valuation.income;

import java.util.Currency;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The inputs of the income approach.
 *
 * @param forecast     how F_t is forecast; not null
 * @param discountRate i; not null
 * @param discounting  end- or mid-period; not null
 * @param term         the finite income period; the forecast must cover it; not null
 * @param decay        the per-period decay δ ∈ [0, 1) of the data's contribution: F_t × (1 − δ)^(t−1)
 *                     (attrition, Gao, Wang &amp; Li 2023); 0 for none
 * @param currency     the currency of the amounts; not null
 */
public record IncomeInputs(Forecast forecast, DiscountRate discountRate, Discounting discounting, IncomeTerm term,
        double decay, Currency currency) {
    /** Validates. */
    public IncomeInputs {
        Require.notNull(forecast, "forecast");
        Require.notNull(discountRate, "discountRate");
        Require.notNull(discounting, "discounting");
        Require.notNull(term, "term");
        Require.atLeast(decay, 0, "decay");
        Require.lessThan(decay, 1, "decay");
        Require.notNull(currency, "currency");
        int n = term.periods(forecast.periods());
        Require.that(forecast.periods() >= n, "forecast", forecast.periods() + " periods", Rule.TOO_FEW, n + " periods (the income term)");
    }

    /**
     * End-of-period, whole forecast, no decay.
     *
     * @param forecast     the forecast; not null
     * @param discountRate the rate; not null
     * @param currency     the currency; not null
     * @return the inputs
     */
    public static IncomeInputs of(Forecast forecast, DiscountRate discountRate, Currency currency) {
        return new IncomeInputs(forecast, discountRate, Discounting.END_OF_PERIOD, IncomeTerm.FORECAST, 0, currency);
    }

    /** @return the income period n */
    public int periods() {
        return term.periods(forecast.periods());
    }
}
