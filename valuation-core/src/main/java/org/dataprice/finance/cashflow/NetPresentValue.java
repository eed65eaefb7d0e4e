package org.dataprice.finance.cashflow;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;

/**
 * Net present value (净现值) of periodic or dated cash flows.
 *
 * <p>Formula: NPV = Σ_i c_i · DF(r, t_i), with DF from the {@link Compounding} (annual
 * (1+r)^−t, periodic (1+r/m)^−mt, continuous e^−rt) and t_i in years: i / m for periodic flows,
 * (d_i − d_0)/365 for dated flows (XNPV, as Excel's {@code XNPV}). The first flow is at t = 0 and
 * is not discounted.
 *
 * <p>Source: Brealey, Myers &amp; Allen, <i>Principles of Corporate Finance</i>, 12th ed., ch. 2;
 * Microsoft Excel {@code XNPV} function help. Units: the flows' currency; rates as decimals per
 * year.
 *
 * <p>Edge cases: a rate outside the compounding's domain (r ≤ −1 annual) is rejected naming
 * {@code rate}; a single flow returns itself. Stateless and thread-safe.
 */
public final class NetPresentValue {
    /** The default instance. */
    public static final NetPresentValue DEFAULT = new NetPresentValue();
    /** Above this many flows the explanation lists no per-flow steps (the flows are hashed). */
    static final int MAX_LISTED_FLOWS = 200;
    private static final String SOURCE = "Brealey, Myers & Allen, Principles of Corporate Finance, 12th ed., ch. 2";

    /**
     * NPV of periodic flows at a rate per period, (1 + r)^−i: the primitive kernel, Horner's rule,
     * allocation-free.
     *
     * @param amounts flow i at period i; finite; not null
     * @param rate    the rate per period, &gt; −1
     * @return Σ c_i (1 + r)^−i
     */
    public static double npv(double[] amounts, double rate) {
        double v = 1 / (1 + rate);
        double p = 0;
        for (int i = amounts.length - 1; i >= 0; i--) {
            p = p * v + amounts[i];
        }
        return p;
    }

    /**
     * NPV of periodic flows with annual compounding at a rate per period (flow i at period i).
     *
     * @param flows the flows; not null
     * @param rate  the rate per period, &gt; −1
     * @return the NPV and its explanation
     */
    public NpvResult npv(CashFlows flows, double rate) {
        Require.notNull(flows, "flows");
        return npv(flows, rate * flows.periodsPerYear(), flows.periodsPerYear() == 1 ? Compounding.ANNUAL
                : Compounding.periodic(flows.periodsPerYear()));
    }

    /**
     * NPV of periodic flows at a nominal annual rate and compounding, flow i at i / m years.
     *
     * @param flows       the flows; not null
     * @param rate        the nominal annual rate in the compounding's domain
     * @param compounding the compounding; not null
     * @return the NPV and its explanation
     */
    public NpvResult npv(CashFlows flows, double rate, Compounding compounding) {
        Require.notNull(flows, "flows");
        Require.notNull(compounding, "compounding");
        double[] t = new double[flows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = (double) i / flows.periodsPerYear();
        }
        Explanation.Builder ex = Explanation.builder("finance.cashflow.npv")
                .hashOnly("amounts", flows.view()).input("periodsPerYear", flows.periodsPerYear());
        return discount(flows.view(), t, rate, compounding, ex);
    }

    /**
     * XNPV: NPV of dated flows, Actual/365 Fixed from the first date, annual compounding (Excel).
     *
     * @param flows the flows; not null
     * @param rate  the annual rate, &gt; −1
     * @return the NPV and its explanation
     */
    public NpvResult xnpv(DatedCashFlows flows, double rate) {
        return xnpv(flows, rate, Compounding.ANNUAL);
    }

    /**
     * XNPV with a chosen compounding.
     *
     * @param flows       the flows; not null
     * @param rate        the nominal annual rate in the compounding's domain
     * @param compounding the compounding; not null
     * @return the NPV and its explanation
     */
    public NpvResult xnpv(DatedCashFlows flows, double rate, Compounding compounding) {
        Require.notNull(flows, "flows");
        Require.notNull(compounding, "compounding");
        double[] t = flows.yearFractions();
        double[] c = flows.amounts();
        Explanation.Builder ex = Explanation.builder("finance.cashflow.xnpv").hashOnly("amounts", c)
                .input("firstDate", flows.flows().get(0).date().toString())
                .input("dayCount", "Actual/365 Fixed");
        ex.step(Step.builder(CashFlowSteps.YEAR_FRACTIONS).formula("t_i = (d_i - d_0) / 365")
                .result(t[t.length - 1], "year").source("Actual/365 Fixed (ISDA 2006 §4.16(d))").build());
        return discount(c, t, rate, compounding, ex);
    }

    private NpvResult discount(double[] c, double[] t, double rate, Compounding compounding, Explanation.Builder ex) {
        compounding.discountFactor(rate, 0); // validates the rate for the compounding's domain
        ex.input("rate", rate, "1/year").input("compounding", compounding.formula());
        Step.Builder flowsStep = Step.builder(CashFlowSteps.DISCOUNTED_FLOWS).formula("c_i * DF(r, t_i)");
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            double pv = c[i] * compounding.discountFactor(rate, t[i]);
            sum += pv;
            if (c.length <= MAX_LISTED_FLOWS) {
                flowsStep.child(Step.builder(CashFlowSteps.DISCOUNTED_FLOWS).formula(compounding.formula())
                        .input("c_" + i, c[i], "").input("t_" + i, t[i], "year").result(pv, "").build());
            }
        }
        ex.step(flowsStep.result(c.length, "flows").build());
        ex.step(Step.builder(CashFlowSteps.NPV).formula("NPV = sum_i c_i * DF(r, t_i)").input("rate", rate, "1/year")
                .result(sum, "").source(SOURCE).build());
        return new NpvResult(sum, ex.build());
    }
}
