package org.dataprice.supervision.credit;

/** A market action that a low standing may restrict (失信惩戒), enforced by the market workflow. */
public enum CreditAction {
    /** Creating a listing (the seller). */
    LISTING,
    /** Bidding in an auction, negotiating as a buyer, or buying at a fixed price. */
    BIDDING
}
