/**
 * Listings (挂牌) of data products: category, use, pricing unit, quote, validity and one of three
 * modes (fixed price with volume tiers and subscription terms, negotiated, auction).
 * Source: domain-notes §2.4 (the three listing modes observed at Chinese exchanges).
 */
package org.dataprice.pricing.listing;
