/**
 * 竞价 — auctions of data products: English ascending (a state machine with increment and reserve, and a
 * proxy-bidding outcome), sealed first-price and Vickrey second-price, with ties and reserve documented.
 * Sources: Krishna, <i>Auction Theory</i>, 2nd ed. 2010, ch. 1–2; Vickrey, J. Finance 16(1), 1961.
 */
package org.dataprice.pricing.auction;
