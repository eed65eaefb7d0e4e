/**
 * 估价 — the appraisal band that gates seller quotes, and the market reference price that moves from
 * cost and appraisal anchors (cold start, 冷启动期) to comparable deals and the price index (mature
 * market, 成熟期). Sources: domain-notes §2.2–2.3 (黄倩倩 et al., 电子政务 2022(02):21-30).
 */
package org.dataprice.pricing.band;
