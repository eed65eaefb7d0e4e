package org.dataprice.pricing.tariff;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * A public-data service fee.
 *
 * @param tieredFee   the cumulative tiered fee before discount (zero for free uses); not null
 * @param discount    the scenario discount d ∈ [0, 1] applied
 * @param fee         the fee due, tiered × (1 − d), rounded half-even; not null
 * @param free        true when the use is free (public governance, public interest)
 * @param explanation the steps; the last is {@link TariffSteps#FEE}
 */
public record FeeResult(Money tieredFee, double discount, Money fee, boolean free, Explanation explanation) {
    /** Validates. */
    public FeeResult {
        Require.notNull(tieredFee, "tieredFee");
        Require.probability(discount, "discount");
        Require.notNull(fee, "fee");
        Require.notNull(explanation, "explanation");
    }
}
