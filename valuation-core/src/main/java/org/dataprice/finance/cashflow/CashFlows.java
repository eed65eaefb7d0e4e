package org.dataprice.finance.cashflow;

import java.util.Arrays;
import org.dataprice.error.Require;

/**
 * Cash flows at equally spaced periods (按期现金流): flow i falls at time t_i = i periods, so the
 * first flow is at time 0 and is not discounted (unlike Excel's {@code NPV}, which discounts its
 * first value by one period; prepend 0 to reproduce Excel). With {@code periodsPerYear} m the
 * time in years is i / m.
 *
 * <p>Amounts are finite, with |c| ≤ {@link #MAX_AMOUNT}, and at most {@link #MAX_FLOWS} flows are
 * accepted. Immutable (the array is copied in and out) and thread-safe.
 */
public final class CashFlows {
    /** The largest number of flows accepted. */
    public static final int MAX_FLOWS = 100_000;
    /** The largest absolute amount accepted, so that sums of discounted flows cannot overflow. */
    public static final double MAX_AMOUNT = 1e250;

    private final double[] amounts;
    private final int periodsPerYear;

    private CashFlows(double[] amounts, int periodsPerYear) {
        Require.notNull(amounts, "amounts");
        Require.atLeast(amounts.length, 1, "amounts");
        Require.withinLimit(amounts.length, MAX_FLOWS, "amounts", "aggregate flows into fewer periods");
        for (int i = 0; i < amounts.length; i++) {
            Require.inClosedRange(amounts[i], -MAX_AMOUNT, MAX_AMOUNT, "amounts[" + i + "]");
        }
        this.amounts = amounts;
        this.periodsPerYear = Require.atLeast(periodsPerYear, 1, "periodsPerYear");
    }

    /**
     * Annual flows: flow i at year i.
     *
     * @param amounts the amounts, first at time 0; at least one; not null; copied
     * @return the flows
     */
    public static CashFlows of(double... amounts) {
        return new CashFlows(Require.notNull(amounts, "amounts").clone(), 1);
    }

    /**
     * Flows every 1/m year.
     *
     * @param periodsPerYear m ≥ 1 (12 for monthly)
     * @param amounts        the amounts, first at time 0; at least one; not null; copied
     * @return the flows
     */
    public static CashFlows periodic(int periodsPerYear, double... amounts) {
        return new CashFlows(Require.notNull(amounts, "amounts").clone(), periodsPerYear);
    }

    /** @return the number of flows */
    public int size() {
        return amounts.length;
    }

    /**
     * @param i the period, 0-based
     * @return the amount at period i
     */
    public double amount(int i) {
        return amounts[i];
    }

    /** @return the periods per year m */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** @return a copy of the amounts */
    public double[] toArray() {
        return amounts.clone();
    }

    /** @return the amounts without copying, for the kernels of this package */
    double[] view() {
        return amounts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CashFlows c && c.periodsPerYear == periodsPerYear && Arrays.equals(c.amounts, amounts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(amounts) + periodsPerYear;
    }

    @Override
    public String toString() {
        return "CashFlows" + Arrays.toString(amounts) + (periodsPerYear == 1 ? "" : " every 1/" + periodsPerYear + " year");
    }
}
