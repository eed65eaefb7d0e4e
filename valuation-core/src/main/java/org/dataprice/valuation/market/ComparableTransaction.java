package org.dataprice.valuation.market;

import java.time.LocalDate;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A comparable data-asset transaction (可比案例).
 *
 * @param id           an identifier (exchange listing, contract number); not blank
 * @param price        the transaction price Q_i, &gt; 0; not null
 * @param date         the transaction date; not null
 * @param right        the data right traded; not null
 * @param volume       the effective data volume (records, GB, …; same unit as the subject's), &gt; 0
 * @param quality      the comparable's quality score ∈ (0, 1]
 * @param supplyDemand X2, the supply-demand adjustment (scarcity, market size, value density), &gt; 0 (1 = none)
 * @param other        X5, other adjustments (region, restrictions, delivery mode), &gt; 0 (1 = none)
 * @param priceIndex   the data-market price index at the transaction date, &gt; 0
 * @param similarity   the similarity to the subject ∈ (0, 1], used by {@link Weighting#SIMILARITY}
 */
public record ComparableTransaction(String id, Money price, LocalDate date, DataRight right, double volume, double quality,
        double supplyDemand, double other, double priceIndex, double similarity) {
    /** Validates. */
    public ComparableTransaction {
        Require.notBlank(id, "id");
        Require.notNull(price, "price");
        Require.that(price.signum() > 0, "price", price, Rule.GREATER_THAN, 0);
        Require.notNull(date, "date");
        Require.notNull(right, "right");
        Require.positive(volume, "volume");
        Require.positive(quality, "quality");
        Require.atMost(quality, 1, "quality");
        Require.positive(supplyDemand, "supplyDemand");
        Require.positive(other, "other");
        Require.positive(priceIndex, "priceIndex");
        Require.positive(similarity, "similarity");
        Require.atMost(similarity, 1, "similarity");
    }
}
