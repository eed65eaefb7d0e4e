package org.dataprice.valuation.market;

import java.time.LocalDate;
import org.dataprice.error.Require;

/**
 * The data asset being valued, as the market approach sees it.
 *
 * @param right         the data right valued; not null
 * @param valuationDate the valuation date (评估基准日); not null
 * @param volume        the effective data volume, same unit as the comparables', &gt; 0
 * @param quality       the subject's quality score ∈ (0, 1]
 * @param priceIndex    the data-market price index at the valuation date, &gt; 0
 */
public record MarketSubject(DataRight right, LocalDate valuationDate, double volume, double quality, double priceIndex) {
    /** Validates. */
    public MarketSubject {
        Require.notNull(right, "right");
        Require.notNull(valuationDate, "valuationDate");
        Require.positive(volume, "volume");
        Require.positive(quality, "quality");
        Require.atMost(quality, 1, "quality");
        Require.positive(priceIndex, "priceIndex");
    }
}
