/**
 * 政府指导价 — the government-guided tariff of public data authorized operation (发改价格〔2025〕65号):
 * maximum allowed revenue, per-product price caps with the ex-ante ceiling check, actual prices under the
 * caps, next-period clawback, cumulative tiered fees, free use for public governance and public interest,
 * scenario discounts, trial tariffs and the annual disclosure. Source: domain-notes §3.
 */
package org.dataprice.pricing.tariff;
