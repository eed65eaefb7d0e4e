package org.dataprice.pricing.negotiation;

/** A side of a bilateral negotiation. */
public enum Role {
    /** The data seller (数据卖方), the listing's owner. */
    SELLER,
    /** The data buyer (数据买方). */
    BUYER;

    /** @return the other side */
    public Role other() {
        return this == SELLER ? BUYER : SELLER;
    }
}
