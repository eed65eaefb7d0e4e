package org.dataprice.valuation.income;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * 收益法 — the income approach to data-asset value.
 *
 * <p>Single form ({@link #value(IncomeInputs)}):
 * P = Σ_{t=1..n} F_t · (1 − δ)^(t−1) / (1 + i)^(t − o), with F_t from one of the four {@link Forecast}s,
 * n the {@link IncomeTerm}, δ the contribution decay and o = 0 (end of period) or 0.5 (mid-period).
 * Multi-scenario form ({@link #value(ScenarioInputs)}): P = Σ_k j_k Σ_t R_kt / (1 + r_k)^(t − o).
 *
 * <p>Sources: CAS 《数据资产评估指导意见》 (中评协〔2023〕17号) art. 23 and appendix (base formula and the
 * four forecasts); the scenario form after the 2025 power-sector data-product pricing guide (domain
 * notes §1.2); decay after Gao, Wang &amp; Li, 中国资产评估 2023(5):44–50.
 *
 * <p>Arithmetic in {@code double} with {@link StrictMath#pow} (bit-identical on every JVM, so reports
 * reproduce exactly); P is rounded once, HALF_EVEN, to the currency's minor units.
 * Units: amounts in the currency per period, rates per period. Edge cases: negative F_t are allowed
 * (a loss year) and reduce P; P may be negative, reported as is; i ≤ −1 is rejected. An incremental
 * (with/without) forecast whose value P is negative carries a warning ({@link #negativeIncrementWarning}):
 * for COST_SAVING it means the with-data case costs more than the without-data case, most often the two
 * series swapped or the kind flipped. Limits: at most
 * {@link Amounts#MAX_PERIODS} periods. P is increasing in every F_t and decreasing in i for positive
 * incomes. Stateless and thread-safe; {@link #presentValue} is the allocation-free kernel.
 */
public final class IncomeApproach {
    /** The default instance. */
    public static final IncomeApproach DEFAULT = new IncomeApproach();

    private static final String SOURCE = "CAS 数据资产评估指导意见 (中评协〔2023〕17号) art. 23 and appendix";

    /**
     * @param inputs the forecast, rate, discounting, term and decay; not null
     * @return P with its schedule, explained
     */
    public IncomeResult value(IncomeInputs inputs) {
        Require.notNull(inputs, "inputs");
        Forecast f = inputs.forecast();
        int n = inputs.periods();
        double i = inputs.discountRate().rate();
        double offset = inputs.discounting().offset();
        Explanation.Builder e = Explanation.builder("valuation.income.CAS2023").input("forecast", f.formula())
                .input("discountRate", i, "1/period").input("discounting", inputs.discounting().name())
                .input("periods", n).input("decay", inputs.decay(), "").input("currency", inputs.currency().getCurrencyCode());
        double[] forecast = new double[f.periods()];
        for (int t = 1; t <= forecast.length; t++) {
            forecast[t - 1] = f.income(t);
        }
        e.hashOnly("F", forecast);
        e.step(rateStep(inputs.discountRate()));
        e.step(Step.builder(IncomeSteps.PERIOD).formula("n = min(legal, contract, economic term) or forecast length")
                .input(Quantity.count("forecastPeriods", f.periods())).result(Quantity.count("n", n)).source("CAS 2023 art. 23").build());
        e.step(forecastStep(f, e, inputs.currency().getCurrencyCode()));
        List<CashFlowRow> rows = new ArrayList<>(n);
        double total = 0;
        double contribution = 1;
        for (int t = 1; t <= n; t++) {
            double df = discountFactor(i, t, offset);
            double income = forecast[t - 1] * contribution;
            double pv = income * df;
            total += pv;
            rows.add(new CashFlowRow("base", t, forecast[t - 1], contribution, income, df, pv));
            e.step(Step.builder(IncomeSteps.PERIOD_VALUE).formula("F_t · (1 − δ)^(t−1) / (1 + i)^(t − " + offset + ")")
                    .input(Quantity.count("t", t)).input("F_t", forecast[t - 1], inputs.currency().getCurrencyCode())
                    .input("contribution", contribution, "").input("discountFactor", df, "")
                    .result(Quantity.of("PV_" + t, pv, inputs.currency().getCurrencyCode())).build());
            contribution *= 1 - inputs.decay();
        }
        Money p = Money.ofDouble(total, inputs.currency(), Money.SETTLEMENT_ROUNDING);
        List<String> warnings = new ArrayList<>();
        if (f instanceof Forecast.Incremental x && total < 0) {
            warnings.add(negativeIncrementWarning(x, p, forecast, n));
        }
        Step.Builder value = Step.builder(IncomeSteps.VALUE).formula("P = Σ_t PV_t, rounded HALF_EVEN to minor units")
                .input("ΣPV", total, inputs.currency().getCurrencyCode());
        for (int w = 0; w < warnings.size(); w++) {
            value.input(Quantity.text("warning " + (w + 1), warnings.get(w)));
        }
        e.step(value.result(Quantity.of("P", p)).source(SOURCE).build());
        return new IncomeResult(p, total, n, new CashFlowSchedule(rows), warnings, e.build());
    }

    /**
     * The kernel of {@link #value(IncomeInputs)} without schedule and explanation: ΣPV summed in the same order with
     * the same operations, so {@code total(x) == value(x).presentValue()} bit for bit (the sensitivity and Monte
     * Carlo drivers of an engagement call it once per draw).
     *
     * @param inputs the forecast, rate, discounting, term and decay; not null
     * @return ΣPV = Σ_{t=1..n} (F_t · (1 − δ)^(t−1)) · (1 + i)^−(t − o), unrounded
     */
    public static double total(IncomeInputs inputs) {
        Forecast f = inputs.forecast();
        int n = inputs.periods();
        double i = inputs.discountRate().rate();
        double offset = inputs.discounting().offset();
        double total = 0;
        double contribution = 1;
        for (int t = 1; t <= n; t++) {
            total += f.income(t) * contribution * discountFactor(i, t, offset); // (F_t · c_t) · df_t, as value() sums it
            contribution *= 1 - inputs.decay();
        }
        return total;
    }

    /**
     * @param inputs the forecast, rate, discounting, term and decay; not null
     * @return P = ΣPV rounded once HALF_EVEN to minor units: equals {@code value(inputs).value()}
     */
    public Money amount(IncomeInputs inputs) {
        Require.notNull(inputs, "inputs");
        return Money.ofDouble(total(inputs), inputs.currency(), Money.SETTLEMENT_ROUNDING);
    }

    /**
     * @param rate   i &gt; −1
     * @param t      the period, from 1
     * @param offset 0 (end of period) or 0.5 (mid-period)
     * @return (1 + i)^−(t − offset), by {@link StrictMath#pow} (bit-identical on every JVM)
     */
    public static double discountFactor(double rate, int t, double offset) {
        return StrictMath.pow(1 + rate, -(t - offset));
    }

    /**
     * @param inputs the scenarios; not null
     * @return P = Σ_k j_k Σ_t R_kt / (1 + r_k)^(t − o), explained scenario by scenario
     */
    public IncomeResult value(ScenarioInputs inputs) {
        Require.notNull(inputs, "inputs");
        double offset = inputs.discounting().offset();
        String ccy = inputs.currency().getCurrencyCode();
        Explanation.Builder e = Explanation.builder("valuation.income.multiScenario")
                .input("discounting", inputs.discounting().name()).input("currency", ccy);
        List<CashFlowRow> rows = new ArrayList<>();
        double total = 0;
        int longest = 0;
        for (Scenario s : inputs.scenarios()) {
            e.input(s.name() + ".share", s.share(), "").input(s.name() + ".rate", s.discountRate().rate(), "1/period")
                    .hashOnly(s.name() + ".income", s.income().raw());
            double r = s.discountRate().rate();
            double sum = 0;
            for (int t = 1; t <= s.income().size(); t++) {
                double df = StrictMath.pow(1 + r, -(t - offset));
                double income = s.share() * s.income().get(t);
                rows.add(new CashFlowRow(s.name(), t, s.income().get(t), s.share(), income, df, income * df));
                sum += income * df;
            }
            longest = Math.max(longest, s.income().size());
            total += sum;
            e.step(Step.builder(IncomeSteps.SCENARIO_VALUE).formula("j_k Σ_t R_kt / (1 + r_k)^(t − " + offset + ")")
                    .input("j_k", s.share(), "").child(rateStep(s.discountRate()))
                    .result(Quantity.of(s.name(), sum, ccy)).build());
        }
        Money p = Money.ofDouble(total, inputs.currency(), Money.SETTLEMENT_ROUNDING);
        e.step(Step.builder(IncomeSteps.VALUE).formula("P = Σ_k j_k Σ_t R_kt / (1 + r_k)^t, rounded HALF_EVEN")
                .input("Σ", total, ccy).result(Quantity.of("P", p))
                .source("Multi-scenario form, 2025 power-sector data-product pricing guide (domain notes §1.2)").build());
        return new IncomeResult(p, total, longest, new CashFlowSchedule(rows), List.of(), e.build());
    }

    /**
     * The warning of an incremental forecast whose value is negative: the increment (the saving, for
     * COST_SAVING: without − with; the growth, for REVENUE_GROWTH: with − without) is negative overall, so the
     * data asset is valued as destroying income. Not an error: the appraiser may mean it, but a swapped pair
     * of series or a flipped kind gives exactly this, so the report must say so.
     *
     * @param x        the forecast
     * @param p        the rounded value P &lt; 0
     * @param forecast F_1 … F_n
     * @param n        the periods summed
     * @return the warning, naming the periods whose increment is negative
     */
    static String negativeIncrementWarning(Forecast.Incremental x, Money p, double[] forecast, int n) {
        List<String> periods = new ArrayList<>();
        for (int t = 1; t <= n; t++) {
            if (forecast[t - 1] < 0) {
                periods.add(Integer.toString(t));
            }
        }
        String where = periods.isEmpty() ? "" : " (negative in period" + (periods.size() > 1 ? "s " : " ")
                + String.join(", ", periods) + ")";
        return x.kind() == IncrementalKind.COST_SAVING
                ? "negative cost saving: incremental forecast of kind COST_SAVING, F_t = (without − with) × (1 − tax), "
                        + "gives P = " + p + "; the with-data costs exceed the without-data costs" + where
                        + ". Check that withData and withoutData are not swapped and that the kind is not meant to be REVENUE_GROWTH"
                : "negative revenue growth: incremental forecast of kind REVENUE_GROWTH, F_t = (with − without) × (1 − tax), "
                        + "gives P = " + p + "; the with-data revenue is below the without-data revenue" + where
                        + ". Check that withData and withoutData are not swapped and that the kind is not meant to be COST_SAVING";
    }

    /**
     * The allocation-free kernel: Σ_{t=1..n} F_t (1 − δ)^(t−1) (1 + i)^−(t − offset).
     *
     * @param forecast F_1..F_n at indices 0..n−1; not modified
     * @param n        periods to sum, ≤ forecast.length
     * @param rate     i &gt; −1
     * @param decay    δ ∈ [0, 1)
     * @param offset   0 (end of period) or 0.5 (mid-period)
     * @return the present value
     */
    public static double presentValue(double[] forecast, int n, double rate, double decay, double offset) {
        double v = 1 / (1 + rate);
        double df = StrictMath.pow(1 + rate, offset - 1);
        double contribution = 1;
        double total = 0;
        for (int t = 0; t < n; t++) {
            total += forecast[t] * contribution * df;
            df *= v;
            contribution *= 1 - decay;
        }
        return total;
    }

    /** The forecast step, with the forecast's components (base, charges, with/without) as children; also hashes them. */
    private static Step forecastStep(Forecast f, Explanation.Builder e, String ccy) {
        Step.Builder b = Step.builder(IncomeSteps.FORECAST).formula(f.formula())
                .result(Quantity.text("forecast", f.getClass().getSimpleName())).source(SOURCE);
        if (f instanceof Forecast.Direct d) {
            b.child(series(IncomeSteps.FORECAST_COMPONENT, "R_t direct income", d.income(), ccy, e));
        } else if (f instanceof Forecast.Share s) {
            b.child(series(IncomeSteps.FORECAST_COMPONENT, "R_t revenue or profit", s.base(), ccy, e));
            b.child(Step.builder(IncomeSteps.FORECAST_COMPONENT).formula(s.share().derivation())
                    .result(Quantity.of("K", s.share().k(), "")).build());
            e.input("K", s.share().k(), "");
        } else if (f instanceof Forecast.ExcessEarnings x) {
            b.child(series(IncomeSteps.FORECAST_COMPONENT, "R_t asset-group income", x.groupIncome(), ccy, e));
            for (ContributoryCharge c : x.charges()) {
                b.child(series(IncomeSteps.CONTRIBUTORY_CHARGE, "C: " + c.name(), c.charges(), ccy, e));
            }
        } else if (f instanceof Forecast.Incremental x) {
            b.child(series(IncomeSteps.FORECAST_COMPONENT, "with data", x.withData(), ccy, e));
            b.child(series(IncomeSteps.FORECAST_COMPONENT, "without data", x.withoutData(), ccy, e));
            b.input("taxRate", x.taxRate(), "");
            e.input("taxRate", x.taxRate(), "").input("incrementalKind", x.kind().name());
        }
        return b.build();
    }

    private static Step series(org.dataprice.explain.StepKey key, String name, Amounts a, String ccy, Explanation.Builder e) {
        e.hashOnly(name, a.raw());
        Step.Builder b = Step.builder(key).formula("per period").result(Quantity.text("series", name));
        for (int t = 1; t <= a.size(); t++) {
            b.input(name + " t=" + t, a.get(t), ccy);
        }
        return b.build();
    }

    private static Step rateStep(DiscountRate rate) {
        Step.Builder b = Step.builder(IncomeSteps.DISCOUNT_RATE)
                .formula(rate.isBuiltUp() ? "i = r_f + Σ premia (build-up)" : "given")
                .result(rate.rate(), "1/period").source("CAS 2023 art. 23 (管理、流通、数据安全、监管风险)");
        if (rate.isBuiltUp()) {
            b.input("riskFree", rate.riskFree(), "1/period");
            for (RiskPremium p : rate.premia()) {
                b.child(Step.builder(IncomeSteps.PREMIUM).result(Quantity.of(p.name(), p.rate(), "1/period")).build());
            }
        }
        return b.build();
    }
}
