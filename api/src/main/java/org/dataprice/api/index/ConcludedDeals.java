package org.dataprice.api.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The port through which the index reads the exchange's concluded deals (a port of the hexagonal
 * architecture: Cockburn, "Hexagonal architecture", 2005): the index names what it needs, the deals'
 * own area implements it ({@code org.dataprice.api.pricing.deal.DealService}), and the index never reads
 * that area's tables. The dependency points from pricing to index, never back.
 */
public interface ConcludedDeals {
    /**
     * The deals concluded with a deal date in a window, oldest first (by conclusion time, ties by id),
     * at most {@code limit} of them.
     *
     * @param from  first deal date (UTC), inclusive; not null
     * @param to    last deal date (UTC), inclusive; not before {@code from}
     * @param limit the most deals read, &ge; 1 (a caller asks for one more than it accepts to detect an excess)
     * @return the deals
     */
    List<ConcludedDeal> concludedBetween(LocalDate from, LocalDate to, int limit);

    /**
     * One concluded deal, as the index copies it into a trade.
     *
     * @param id         the deal id (kept by the trade: {@code deal:<id>})
     * @param productId  the product
     * @param category   the data category ({@code PUBLIC}, {@code ENTERPRISE}, {@code PERSONAL})
     * @param dealDate   the deal date (UTC)
     * @param totalPrice the total paid, &gt; 0
     * @param quantity   the units sold, &gt; 0
     * @param currency   the ISO 4217 code of the total
     */
    record ConcludedDeal(String id, String productId, String category, LocalDate dealDate, BigDecimal totalPrice,
                         BigDecimal quantity, String currency) {
    }
}
