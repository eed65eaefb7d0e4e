package org.dataprice.pricing.band;

import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * Inputs of the {@link ReferencePrice} rule.
 *
 * @param costAnchor   the cost-based price TC × (1 + R) / expected sales, when known; &gt; 0
 * @param appraisal    the appraised value A, &gt; 0; not null
 * @param deals        recent comparable deals (may be empty: cold start); copied; at most 100,000
 * @param currentIndex the price index level today, &gt; 0
 */
public record ReferencePriceInputs(Optional<Money> costAnchor, Money appraisal, List<ComparableDeal> deals,
        double currentIndex) {
    /** The largest number of comparable deals accepted. */
    public static final int MAX_DEALS = 100_000;

    /** Validates. */
    public ReferencePriceInputs {
        Require.notNull(costAnchor, "costAnchor");
        Require.notNull(appraisal, "appraisal");
        Require.that(appraisal.signum() > 0, "appraisal", appraisal, Rule.GREATER_THAN, 0);
        costAnchor.ifPresent(c -> {
            Require.that(c.signum() > 0, "costAnchor", c, Rule.GREATER_THAN, 0);
            Require.that(c.currency().equals(appraisal.currency()), "costAnchor", c, Rule.CURRENCY_MISMATCH,
                    appraisal.currency());
        });
        deals = Require.copyOf(deals, "deals");
        Require.withinLimit(deals.size(), MAX_DEALS, "deals", "use the most recent deals only");
        for (int i = 0; i < deals.size(); i++) {
            Require.that(deals.get(i).price().currency().equals(appraisal.currency()), "deals[" + i + "].price",
                    deals.get(i).price(), Rule.CURRENCY_MISMATCH, appraisal.currency());
        }
        Require.positive(currentIndex, "currentIndex");
    }
}
