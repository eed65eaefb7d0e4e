/**
 * 交易更正 — corrections of index trades: a trade loaded by mistake is voided or amended by an
 * append-only {@link org.dataprice.index.correction.TradeCorrection} (reason, actor and time recorded;
 * the original trade is never changed). {@link org.dataprice.index.correction.TradeCorrections} holds
 * the rules (what a correction may do given a trade's history) and applies a set of corrections to
 * the trades read for a release, so that the next release revises the published values.
 */
package org.dataprice.index.correction;
