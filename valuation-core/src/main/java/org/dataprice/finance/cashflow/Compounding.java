package org.dataprice.finance.cashflow;

import org.dataprice.error.Require;

/**
 * How a nominal annual rate compounds, and the discount factor it gives (复利方式).
 *
 * <table>
 *   <caption>Discount factor DF(r, t) for a rate r per year and a time t in years</caption>
 *   <tr><th>kind</th><th>DF</th><th>valid rates</th></tr>
 *   <tr><td>{@link Kind#ANNUAL}</td><td>(1 + r)^-t</td><td>r &gt; -1</td></tr>
 *   <tr><td>{@link Kind#PERIODIC}, m per year</td><td>(1 + r/m)^(-m t)</td><td>r &gt; -m</td></tr>
 *   <tr><td>{@link Kind#CONTINUOUS}</td><td>exp(-r t)</td><td>any finite r</td></tr>
 * </table>
 *
 * <p>Source: Hull, <i>Options, Futures, and Other Derivatives</i>, 9th ed. (2015), §4.2
 * "Measuring interest rates". Time t may be negative (compounding forward). Immutable, thread-safe.
 *
 * @param kind           the compounding convention; not null
 * @param periodsPerYear m, the compounding periods per year: 1 for annual, ≥ 1 for periodic, 0 for continuous
 */
public record Compounding(Kind kind, int periodsPerYear) {
    /** Annual compounding, (1 + r)^-t. */
    public static final Compounding ANNUAL = new Compounding(Kind.ANNUAL, 1);
    /** Continuous compounding, exp(-r t). */
    public static final Compounding CONTINUOUS = new Compounding(Kind.CONTINUOUS, 0);

    /** The compounding conventions. */
    public enum Kind {
        /** Once a year. */
        ANNUAL,
        /** m times a year. */
        PERIODIC,
        /** Continuously. */
        CONTINUOUS
    }

    /** Validates the pairing of kind and periods. */
    public Compounding {
        Require.notNull(kind, "kind");
        switch (kind) {
            case ANNUAL -> Require.inClosedRange(periodsPerYear, 1, 1, "periodsPerYear");
            case PERIODIC -> Require.inClosedRange(periodsPerYear, 1, 366, "periodsPerYear");
            case CONTINUOUS -> Require.inClosedRange(periodsPerYear, 0, 0, "periodsPerYear");
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /**
     * @param periodsPerYear m, from 1 (annual) to 366 (daily)
     * @return periodic compounding m times a year
     */
    public static Compounding periodic(int periodsPerYear) {
        return new Compounding(Kind.PERIODIC, periodsPerYear);
    }

    /**
     * The discount factor; the rate is checked against the convention's domain.
     *
     * @param rate the nominal annual rate, as a decimal (0.05 = 5%); see the table for its range
     * @param time the time in years; finite
     * @return DF(r, t) &gt; 0
     */
    public double discountFactor(double rate, double time) {
        Require.finite(time, "time");
        return switch (kind) {
            case ANNUAL -> Math.pow(1 + Require.greaterThan(rate, -1, "rate"), -time);
            case PERIODIC -> Math.pow(1 + Require.greaterThan(rate, -periodsPerYear, "rate") / periodsPerYear,
                    -periodsPerYear * time);
            case CONTINUOUS -> Math.exp(-Require.finite(rate, "rate") * time);
        };
    }

    /** @return the discount-factor formula in plain text */
    public String formula() {
        return switch (kind) {
            case ANNUAL -> "DF = (1 + r)^-t";
            case PERIODIC -> "DF = (1 + r/" + periodsPerYear + ")^(-" + periodsPerYear + " t)";
            case CONTINUOUS -> "DF = exp(-r t)";
        };
    }
}
