package org.dataprice.valuation.income;

/**
 * One row of a cash-flow schedule, as data (the service exports it as CSV).
 *
 * @param scenario           the scenario name ("base" for the single-scenario form)
 * @param period             t, 1-based
 * @param forecast           F_t as forecast
 * @param contributionFactor (1 − δ)^(t−1) for the single form, j_k for the scenario form
 * @param income             the income discounted: forecast × contribution factor
 * @param discountFactor     (1 + i)^−(t − offset)
 * @param presentValue       income × discount factor
 */
public record CashFlowRow(String scenario, int period, double forecast, double contributionFactor, double income,
        double discountFactor, double presentValue) {
}
