package org.dataprice.api.index;

import org.dataprice.index.transaction.MarketDeal;

import java.time.LocalDate;
import java.util.List;

/**
 * The port through which the index reads the exchange's concluded deals (a port of the hexagonal
 * architecture: Cockburn, "Hexagonal architecture", 2005): the index names what it needs, in the core's
 * terms ({@link MarketDeal}), the deals' own area implements it ({@code org.dataprice.api.pricing.deal.DealService}),
 * and the index never reads that area's tables. The dependency points from pricing to index, never back
 * ({@code ArchitectureTest.test_index_dependsOnNoPricingArea}).
 */
public interface ConcludedDeals {
    /**
     * The deals concluded with a deal date in a window, oldest first (by conclusion time, ties by id),
     * at most {@code limit} of them.
     *
     * @param from  first deal date (UTC), inclusive; not null
     * @param to    last deal date (UTC), inclusive; not before {@code from}
     * @param limit the most deals read, &ge; 1 (a caller asks for one more than it accepts, to detect an excess)
     * @return the deals
     */
    List<MarketDeal> concludedBetween(LocalDate from, LocalDate to, int limit);
}
