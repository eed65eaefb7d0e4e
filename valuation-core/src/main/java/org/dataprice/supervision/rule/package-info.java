/**
 * 触发式监管 — the configurable, versioned rules that check every deal as it is recorded
 * ({@link org.dataprice.supervision.rule.RuleSet#check}, against a prepared
 * {@link org.dataprice.supervision.rule.MarketContext}) and the whole history in batch
 * ({@link org.dataprice.supervision.rule.RuleSet#scan}): price outside the appraisal band, far from the reference
 * price, far from comparable deals (Hampel), a jump against the price index, volume spikes, and prices bunched just
 * under a reporting threshold.
 */
package org.dataprice.supervision.rule;
