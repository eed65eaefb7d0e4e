package org.dataprice.pricing.auction;

/** The pricing rule of a sealed-bid auction. */
public enum AuctionFormat {
    /** The winner pays its own bid. */
    FIRST_PRICE,
    /** The winner pays the highest losing bid, or the reserve if higher (Vickrey 1961). */
    VICKREY
}
