package org.dataprice.valuation.income;

import org.dataprice.explain.StepKey;

/** The step keys of {@link IncomeApproach} explanations. */
public final class IncomeSteps {
    /** The discount rate, with its build-up as children. */
    public static final StepKey DISCOUNT_RATE = StepKey.of("income.discountRate", "Discount rate i (折现率)");
    /** A premium of the build-up. */
    public static final StepKey PREMIUM = StepKey.of("income.premium", "Risk premium (风险报酬率)");
    /** The income period. */
    public static final StepKey PERIOD = StepKey.of("income.period", "Income period n (收益期限)");
    /** The forecast method. */
    public static final StepKey FORECAST = StepKey.of("income.forecast", "Income forecast F_t (收益预测)");
    /** A component series of the forecast (base, with/without, share rate). */
    public static final StepKey FORECAST_COMPONENT = StepKey.of("income.forecastComponent", "Forecast component");
    /** An itemised contributory asset charge of the excess-earnings forecast. */
    public static final StepKey CONTRIBUTORY_CHARGE = StepKey.of("income.contributoryCharge", "Contributory asset charge (贡献资产回报)");
    /** One period's present value. */
    public static final StepKey PERIOD_VALUE = StepKey.of("income.periodValue", "Present value of period t");
    /** One scenario's value. */
    public static final StepKey SCENARIO_VALUE = StepKey.of("income.scenarioValue", "Scenario value j_k Σ_t R_kt/(1+r_k)^t");
    /** The value P. */
    public static final StepKey VALUE = StepKey.of("income.value", "Income-approach value P (评估值)");

    private IncomeSteps() {
    }
}
