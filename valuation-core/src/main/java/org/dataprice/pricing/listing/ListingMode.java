package org.dataprice.pricing.listing;

/**
 * How the price of a listing is formed: 固定价格 (fixed), 协议/议价 (negotiated), 竞价 (auction).
 * Source: domain-notes §2.4.
 */
public enum ListingMode {
    /** A posted price, optionally with volume tiers and subscription terms. */
    FIXED_PRICE,
    /** A bilateral negotiation between the seller and one buyer. */
    NEGOTIATED,
    /** An auction among several buyers. */
    AUCTION
}
