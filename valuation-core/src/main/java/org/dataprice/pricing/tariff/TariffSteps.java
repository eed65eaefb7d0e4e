package org.dataprice.pricing.tariff;

import org.dataprice.explain.StepKey;

/** The step keys of tariff explanations. */
public final class TariffSteps {
    /** Allowed profit = base × allowed return. */
    public static final StepKey ALLOWED_PROFIT = StepKey.of("tariff.allowedProfit", "Allowed profit = base × r");
    /** Clawback of last period's excess revenue. */
    public static final StepKey CLAWBACK = StepKey.of("tariff.clawback", "Clawback max(0, actual − MAR) of last period");
    /** Maximum allowed revenue. */
    public static final StepKey MAR = StepKey.of("tariff.mar", "Maximum allowed revenue (最高准许收入)");
    /** Revenue at caps Σ cap × volume. */
    public static final StepKey CAP_REVENUE = StepKey.of("tariff.capRevenue", "Revenue at caps Σ cap × volume");
    /** The tiered fee before discount. */
    public static final StepKey TIERED_FEE = StepKey.of("tariff.tieredFee", "Cumulative tiered fee");
    /** The fee due. */
    public static final StepKey FEE = StepKey.of("tariff.fee", "Fee due");

    private TariffSteps() {
    }
}
