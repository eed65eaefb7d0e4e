package org.dataprice.pricing.auction;

import org.dataprice.explain.StepKey;

/** The step keys of auction explanations. */
public final class AuctionSteps {
    /** Bids at or above the reserve. */
    public static final StepKey VALID_BIDS = StepKey.of("auction.validBids", "Bids at or above the reserve");
    /** The highest bid. */
    public static final StepKey HIGHEST = StepKey.of("auction.highest", "Highest bid");
    /** The second-highest bid among the others (or the reserve). */
    public static final StepKey SECOND = StepKey.of("auction.second", "Second price max(reserve, best other bid)");
    /** The price paid (0 when no sale). */
    public static final StepKey PRICE = StepKey.of("auction.price", "Price paid (0: no sale)");

    /** The grounds on which an open auction was closed without sale (an entry of the negative list, cited). */
    public static final StepKey NO_SALE_GROUNDS = StepKey.of("auction.noSaleGrounds",
            "Closed without sale: the listing may no longer be sold");

    private AuctionSteps() {
    }
}
