package org.dataprice.accounting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * Inputs of an amortisation schedule.
 *
 * @param cost             the amount to amortise from: the initial cost, or the carrying amount after an
 *                         impairment; ≥ 0, at the currency's minor-unit scale; not null
 * @param residualValue    the residual value, 0 ≤ residual ≤ cost, same currency (normally 0 for data,
 *                         CAS 6 §18); not null
 * @param firstMonth       the month the resource became available for use; it is amortised in full that
 *                         month (当月增加当月摊销); not null
 * @param usefulLifeMonths the (remaining) useful life in months, 1 to {@link #MAX_MONTHS}
 * @param method           straight-line or consumption-based; not null
 * @param consumption      for {@code CONSUMPTION}: expected consumption in each month of the life, ≥ 0,
 *                         at least one &gt; 0, size {@code usefulLifeMonths}; for {@code STRAIGHT_LINE}: empty; copied
 */
public record AmortisationInputs(Money cost, Money residualValue, YearMonth firstMonth, int usefulLifeMonths,
        AmortisationMethod method, List<BigDecimal> consumption) {
    /** The longest useful life accepted, in months (100 years). */
    public static final int MAX_MONTHS = 1200;

    /** Validates and copies. */
    public AmortisationInputs {
        Require.notNull(cost, "cost");
        Require.that(!cost.isNegative(), "cost", cost, Rule.AT_LEAST, 0);
        Require.notNull(residualValue, "residualValue");
        Require.that(residualValue.currency().equals(cost.currency()), "residualValue", residualValue,
                Rule.CURRENCY_MISMATCH, cost.currency().getCurrencyCode());
        Require.that(!residualValue.isNegative() && residualValue.compareTo(cost) <= 0, "residualValue", residualValue,
                Rule.OUT_OF_RANGE, "[0, cost = " + cost + "]");
        minorScale(cost, "cost");
        minorScale(residualValue, "residualValue");
        Require.notNull(firstMonth, "firstMonth");
        Require.atLeast(usefulLifeMonths, 1, "usefulLifeMonths");
        Require.withinLimit(usefulLifeMonths, MAX_MONTHS, "usefulLifeMonths", "");
        Require.notNull(method, "method");
        consumption = Require.copyOf(consumption, "consumption");
        if (method == AmortisationMethod.STRAIGHT_LINE) {
            Require.size(consumption.size(), 0, "consumption");
        } else {
            Require.size(consumption.size(), usefulLifeMonths, "consumption");
            boolean any = false;
            for (int i = 0; i < consumption.size(); i++) {
                Require.that(consumption.get(i).signum() >= 0, "consumption[" + i + "]", consumption.get(i),
                        Rule.AT_LEAST, 0);
                any |= consumption.get(i).signum() > 0;
            }
            Require.that(any, "consumption", consumption, Rule.GREATER_THAN, "0 in at least one month");
        }
    }

    /** Rejects an amount that is not a whole number of minor units (the schedule is exact to the 分). */
    private static void minorScale(Money amount, String field) {
        try {
            amount.toMinor();
        } catch (ArithmeticException e) {
            throw new org.dataprice.error.InvalidInputException(field, amount, Rule.PRECISION_LOSS,
                    Money.minorUnits(amount.currency()));
        }
    }

    /**
     * Straight-line with zero residual value.
     *
     * @param cost             the cost; not null
     * @param firstMonth       the month available for use; not null
     * @param usefulLifeMonths the useful life in months
     * @return the inputs
     */
    public static AmortisationInputs straightLine(Money cost, YearMonth firstMonth, int usefulLifeMonths) {
        Require.notNull(cost, "cost");
        return new AmortisationInputs(cost, Money.zero(cost.currency()), firstMonth, usefulLifeMonths,
                AmortisationMethod.STRAIGHT_LINE, List.of());
    }

    /**
     * Consumption-based with zero residual value.
     *
     * @param cost        the cost; not null
     * @param firstMonth  the month available for use; not null
     * @param consumption the expected consumption per month; its size is the useful life
     * @return the inputs
     */
    public static AmortisationInputs consumption(Money cost, YearMonth firstMonth, List<BigDecimal> consumption) {
        Require.notNull(cost, "cost");
        Require.notNull(consumption, "consumption");
        return new AmortisationInputs(cost, Money.zero(cost.currency()), firstMonth, consumption.size(),
                AmortisationMethod.CONSUMPTION, consumption);
    }
}
