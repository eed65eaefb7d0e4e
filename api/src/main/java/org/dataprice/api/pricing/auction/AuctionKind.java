package org.dataprice.api.pricing.auction;

/** The auction formats the service runs. */
public enum AuctionKind {
    /** Open ascending (English) auction with a minimum increment. */
    ENGLISH,
    /** Sealed bid, the winner pays its bid. */
    FIRST_PRICE,
    /** Sealed bid, the winner pays max(reserve, best other bid). */
    VICKREY
}
