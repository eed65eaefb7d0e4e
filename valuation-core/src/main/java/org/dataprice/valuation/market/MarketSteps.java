package org.dataprice.valuation.market;

import org.dataprice.explain.StepKey;

/** The step keys of {@link MarketApproach} explanations. */
public final class MarketSteps {
    /** One comparable's adjusted price (with its factors as inputs). */
    public static final StepKey ADJUSTED_PRICE = StepKey.of("market.adjustedPrice", "Adjusted comparable price P_i (修正后价格)");
    /** The dispersion of adjusted prices. */
    public static final StepKey DISPERSION = StepKey.of("market.cv", "Coefficient of variation of adjusted prices");
    /** The value. */
    public static final StepKey VALUE = StepKey.of("market.value", "Market-approach value P (评估值)");

    private MarketSteps() {
    }
}
