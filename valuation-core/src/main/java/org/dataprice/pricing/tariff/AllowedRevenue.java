package org.dataprice.pricing.tariff;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * The maximum allowed revenue (最高准许收入, MAR) of a public-data operator, with the clawback of the
 * previous period's excess (发改价格〔2025〕65号 items 3 and 5; domain-notes §3):
 * <pre>
 *   profit   = base × r_allowed                         (准许利润)
 *   clawback = max(0, actual_{y−1} − MAR_{y−1})
 *   MAR_y    = indicator cost + profit + tax − clawback, floored at 0
 * </pre>
 * The allowed return r and the base are configurable: the notice's rate clause was not retrieved
 * (domain-notes §7 item 2). A clawback larger than the new MAR floors MAR at zero (the remainder is not
 * carried; document it in the disclosure). Profit is rounded half-even to the minor unit.
 * Stateless and thread-safe.
 */
public final class AllowedRevenue {
    /** The default instance. */
    public static final AllowedRevenue DEFAULT = new AllowedRevenue();

    /**
     * @param in the inputs; not null
     * @return MAR with its explanation
     */
    public AllowedRevenueResult compute(AllowedRevenueInputs in) {
        Require.notNull(in, "inputs");
        Money profit = in.base().times(BigDecimal.valueOf(in.allowedReturn()), Money.SETTLEMENT_ROUNDING);
        Money excess = in.priorActualRevenue().minus(in.priorAllowedRevenue());
        Money clawback = excess.max(Money.zero(excess.currency()));
        Money mar = in.indicatorCost().plus(profit).plus(in.tax()).minus(clawback).max(Money.zero(excess.currency()));
        Explanation explanation = Explanation.builder("pricing.tariff.allowedRevenue")
                .input("indicatorCost", in.indicatorCost()).input("base", in.base())
                .input("allowedReturn", in.allowedReturn(), "").input("tax", in.tax())
                .input("priorActualRevenue", in.priorActualRevenue()).input("priorAllowedRevenue", in.priorAllowedRevenue())
                .step(Step.builder(TariffSteps.ALLOWED_PROFIT).formula("base × r").result(Quantity.of("profit", profit)).build())
                .step(Step.builder(TariffSteps.CLAWBACK).formula("max(0, actual − MAR) of the prior period")
                        .result(Quantity.of("clawback", clawback)).source("发改价格〔2025〕65号 item 5").build())
                .step(Step.builder(TariffSteps.MAR).formula("max(0, cost + profit + tax − clawback)")
                        .result(Quantity.of("mar", mar)).source("发改价格〔2025〕65号 item 3").build())
                .build();
        return new AllowedRevenueResult(profit, clawback, mar, explanation);
    }
}
