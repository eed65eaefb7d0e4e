package org.dataprice.finance.cashflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Cash flows on dates (按日期现金流), as for Excel's {@code XNPV} and {@code XIRR}. Time is
 * measured from the first flow's date by the Actual/365 Fixed day count: t_i = (d_i − d_0) / 365
 * years. As in Excel, no date may precede the first one; later dates may come in any order and
 * may repeat.
 *
 * @param flows the flows, the first one fixing the valuation date; 1 to {@link CashFlows#MAX_FLOWS}; copied
 */
public record DatedCashFlows(List<DatedCashFlow> flows) {
    /** The Actual/365 Fixed denominator. */
    public static final double DAYS_PER_YEAR = 365.0;

    /** Validates and copies. */
    public DatedCashFlows {
        flows = Require.nonEmptyCopy(flows, "flows");
        Require.withinLimit(flows.size(), CashFlows.MAX_FLOWS, "flows", "aggregate flows by period");
        LocalDate first = flows.get(0).date();
        for (int i = 1; i < flows.size(); i++) {
            if (flows.get(i).date().isBefore(first)) {
                throw new InvalidInputException("flows[" + i + "].date", flows.get(i).date(), Rule.AT_LEAST, first);
            }
        }
    }

    /**
     * @param flows the flows; not null
     * @return the schedule
     */
    public static DatedCashFlows of(DatedCashFlow... flows) {
        return new DatedCashFlows(List.of(Require.notNull(flows, "flows")));
    }

    /** @return the number of flows */
    public int size() {
        return flows.size();
    }

    /** @return the amounts, in the given order */
    public double[] amounts() {
        double[] a = new double[flows.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = flows.get(i).amount();
        }
        return a;
    }

    /** @return t_i = (d_i − d_0) / 365, in the given order */
    public double[] yearFractions() {
        LocalDate first = flows.get(0).date();
        double[] t = new double[flows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = ChronoUnit.DAYS.between(first, flows.get(i).date()) / DAYS_PER_YEAR;
        }
        return t;
    }
}
