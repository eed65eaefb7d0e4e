/**
 * 交易 → 单位价值 — transactions to unit values: quantity-weighted unit values per product and period,
 * with an outlier filter on price relatives and a minimum number of transactions per cell
 * ({@link org.dataprice.index.transaction.UnitValueAggregator}).
 */
package org.dataprice.index.transaction;
