package org.dataprice.supervision.structure;

import org.dataprice.supervision.MonitoredDeal;

/** Which side's shares are measured: sellers by sales value, or buyers by purchase value. */
public enum MarketSide {
    /** Sellers: share = the seller's deal value / the cell's deal value. */
    SELLER,
    /** Buyers: share = the buyer's deal value / the cell's deal value. */
    BUYER;

    /**
     * @param deal a deal; not null
     * @return the party on this side
     */
    public String party(MonitoredDeal deal) {
        return this == SELLER ? deal.sellerId() : deal.buyerId();
    }
}
