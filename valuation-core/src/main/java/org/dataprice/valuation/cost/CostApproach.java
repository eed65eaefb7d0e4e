package org.dataprice.valuation.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * 成本法 — the cost approach to data-asset value.
 *
 * <p>CAS 2023 form ({@link #value(CostInputs)}): P = TC × (1 + R) × U, TC = 前期费用 + 直接成本 +
 * 间接成本 + 机会成本 + 相关税费 (the sum of the itemised {@link CostItem}s), R the return on cost and U the
 * value adjustment coefficient ({@link ValueAdjustment}). Source: 中评协〔2023〕17号
 * 《数据资产评估指导意见》 art. 24 and appendix 《评估方法相关模型示例》.
 *
 * <p>2019 form ({@link #value2019(ReplacementCostInputs)}): P = replacement cost × (1 − obsolescence).
 * Source: 《资产评估专家指引第9号——数据资产评估》 (2019).
 *
 * <p>Arithmetic: TC is summed exactly in {@link BigDecimal}; the factor (1 + R) × U is formed from
 * the shortest decimal forms of R and U and the product is rounded once, HALF_EVEN, to the currency's
 * minor units. Units: money in the costs' currency; R and U dimensionless.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><td>U ≤ 0</td><td>rejected when the adjustment is built</td></tr>
 *   <tr><td>U &gt; 1</td><td>only with {@link ValueAdjustment.Given} premium flag and reason</td></tr>
 *   <tr><td>TC = 0</td><td>rejected</td></tr>
 *   <tr><td>mixed currencies</td><td>rejected</td></tr>
 * </table>
 * Value is monotone non-decreasing in every cost item, R and U. Stateless and thread-safe.
 */
public final class CostApproach {
    /** The default instance. */
    public static final CostApproach DEFAULT = new CostApproach();

    private static final String SOURCE_2023 = "CAS 数据资产评估指导意见 (中评协〔2023〕17号) art. 24 and appendix";
    private static final String SOURCE_2019 = "资产评估专家指引第9号——数据资产评估 (2019)";

    /**
     * @param inputs the costs, R and U; not null
     * @return P = TC × (1 + R) × U, explained
     */
    public CostResult value(CostInputs inputs) {
        Require.notNull(inputs, "inputs");
        Explanation.Builder e = Explanation.builder("valuation.cost.CAS2023");
        Map<CostCategory, Money> subtotal = new EnumMap<>(CostCategory.class);
        Money tc = Money.zero(inputs.currency());
        for (CostItem item : inputs.items()) {
            e.input(item.category().name() + ":" + item.name(), item.amount());
            subtotal.merge(item.category(), item.amount(), Money::plus);
            tc = tc.plus(item.amount());
        }
        e.input("costReturn", inputs.costReturn(), "").input("adjustment.route", inputs.adjustment().route())
                .input("adjustment.u", inputs.adjustment().u(), "");
        Step.Builder tcStep = Step.builder(CostSteps.TOTAL_COST).formula("TC = 前期费用 + 直接成本 + 间接成本 + 机会成本 + 相关税费")
                .result(Quantity.of("TC", tc)).source(SOURCE_2023);
        for (Map.Entry<CostCategory, Money> s : subtotal.entrySet()) {
            tcStep.child(Step.builder(CostSteps.COMPONENT).formula("Σ items of " + s.getKey().labelZh())
                    .result(Quantity.of(s.getKey().labelZh() + " " + s.getKey().labelEn(), s.getValue())).build());
        }
        e.step(tcStep.build());
        BigDecimal onePlusR = onePlusR(inputs.costReturn());
        BigDecimal u = BigDecimal.valueOf(inputs.adjustment().u());
        e.step(Step.builder(CostSteps.RETURN_FACTOR).formula("1 + R").input("R", inputs.costReturn(), "")
                .result(Quantity.of("1 + R", onePlusR, "")).build());
        e.step(Step.builder(CostSteps.ADJUSTMENT).formula(inputs.adjustment().route())
                .result(Quantity.of("U", u, "")).source("CAS 2023 art. 24(三)").build());
        BigDecimal factor = factor(inputs.costReturn(), inputs.adjustment().u());
        Money p = price(tc, factor);
        e.step(Step.builder(CostSteps.VALUE).formula("P = TC × (1 + R) × U, rounded HALF_EVEN to minor units")
                .input(Quantity.of("TC", tc)).input(Quantity.of("(1 + R) × U", factor, ""))
                .result(Quantity.of("P", p)).source(SOURCE_2023).build());
        return new CostResult(p, tc, factor.doubleValue(), e.build());
    }

    /**
     * The kernel of {@link #value(CostInputs)} without the explanation: P = TC × (1 + R) × U with the same exact
     * arithmetic and the one HALF_EVEN rounding, so {@code amount(x).equals(value(x).value())} for every input (the
     * sensitivity and Monte Carlo drivers of an engagement call it once per draw).
     *
     * @param inputs the costs, R and U; not null
     * @return P in the costs' currency, at its minor units
     */
    public Money amount(CostInputs inputs) {
        Require.notNull(inputs, "inputs");
        return price(totalCost(inputs), factor(inputs.costReturn(), inputs.adjustment().u()));
    }

    /**
     * @param inputs the costs; not null
     * @return TC = Σ items, exact
     */
    public static Money totalCost(CostInputs inputs) {
        Money tc = Money.zero(inputs.currency());
        for (CostItem item : inputs.items()) {
            tc = tc.plus(item.amount());
        }
        return tc;
    }

    /**
     * @param costReturn R ≥ 0
     * @param u          U &gt; 0
     * @return (1 + R) × U, exact, from the shortest decimal forms of R and U
     */
    public static BigDecimal factor(double costReturn, double u) {
        return onePlusR(costReturn).multiply(BigDecimal.valueOf(u));
    }

    /**
     * @param totalCost TC; not null
     * @param factor    (1 + R) × U; not null
     * @return P = TC × factor, rounded once HALF_EVEN to TC's (minor-unit) scale
     */
    public static Money price(Money totalCost, BigDecimal factor) {
        return totalCost.times(factor, RoundingMode.HALF_EVEN);
    }

    /**
     * P = TC × (1 + R) × U as {@link #price(Money, BigDecimal)} with {@link #factor(double, double)} gives it, computed
     * in double when the result is decided ({@link Money#nearestIfDecided}: the exact product is not within a relative
     * 2^-48 of a half-way point) and exactly otherwise; the same result either way.
     *
     * @param totalCost  TC; not null
     * @param costReturn R ≥ 0
     * @param u          U &gt; 0
     * @return P, rounded once HALF_EVEN to TC's scale
     */
    public static Money price(Money totalCost, double costReturn, double u) {
        BigDecimal t = totalCost.amount();
        if (t.precision() <= 15 && costReturn >= 0) {
            long a = t.unscaledValue().longValue(); // exact as a double
            double q = a * (1 + costReturn) * u; // 3 roundings, and R, U within 2^-53 of their decimal forms
            long c = Money.nearestIfDecided(q, Math.abs(q) * 0x1p-48 + 4 * Math.ulp(q));
            if (c != Money.UNDECIDED) {
                return Money.of(BigDecimal.valueOf(c, t.scale()), totalCost.currency(), t.scale(), RoundingMode.UNNECESSARY);
            }
        }
        return price(totalCost, factor(costReturn, u));
    }

    // 1 + R from the shortest decimal form of R
    private static BigDecimal onePlusR(double costReturn) {
        return BigDecimal.ONE.add(BigDecimal.valueOf(costReturn));
    }

    /**
     * @param inputs the replacement cost and obsolescence; not null
     * @return P = replacement cost × (1 − obsolescence), explained
     */
    public CostResult value2019(ReplacementCostInputs inputs) {
        Require.notNull(inputs, "inputs");
        BigDecimal keep = BigDecimal.ONE.subtract(BigDecimal.valueOf(inputs.obsolescence()));
        Money p = inputs.replacementCost().times(keep, RoundingMode.HALF_EVEN);
        Explanation ex = Explanation.builder("valuation.cost.CAS2019").input("replacementCost", inputs.replacementCost())
                .input("obsolescence", inputs.obsolescence(), "")
                .step(Step.builder(CostSteps.OBSOLESCENCE).formula("1 − 贬值率").result(Quantity.of("1 − d", keep, "")).build())
                .step(Step.builder(CostSteps.VALUE).formula("P = replacement cost × (1 − obsolescence)")
                        .input(Quantity.of("replacementCost", inputs.replacementCost()))
                        .result(Quantity.of("P", p)).source(SOURCE_2019).build())
                .build();
        return new CostResult(p, inputs.replacementCost(), keep.doubleValue(), ex);
    }
}
