package org.dataprice.pricing.listing;

/**
 * The unit a price is quoted in: 按次 (per call), 按月/按年 (subscription) or a one-off purchase.
 * Source: domain-notes §2.4 (e.g. 0.0028元/次, 3000元/月 at 山西数据交易平台).
 */
public enum PricingUnit {
    /** A one-off purchase (买断 or single delivery). */
    ONE_OFF,
    /** Per call of an API (按次). */
    PER_CALL,
    /** A monthly subscription (按月). */
    PER_MONTH,
    /** A yearly subscription (按年). */
    PER_YEAR
}
