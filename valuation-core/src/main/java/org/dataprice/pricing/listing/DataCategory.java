package org.dataprice.pricing.listing;

/**
 * The category of the data behind a product: 公共数据 (public), 企业数据 (enterprise), 个人数据 (personal).
 * Public data used for industry is priced under the government-guided tariff; enterprise and personal
 * data are market self-priced (市场自主定价). Source: 发改价格〔2025〕65号; domain-notes §3.
 */
public enum DataCategory {
    /** 公共数据 — public data held by government bodies and public institutions. */
    PUBLIC,
    /** 企业数据 — enterprise data. */
    ENTERPRISE,
    /** 个人数据 — personal data (with the individual's authorization). */
    PERSONAL
}
