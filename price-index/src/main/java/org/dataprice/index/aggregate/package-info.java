/**
 * 分类指数与综合指数 — sub-indices by category or by any product characteristic, and the composite
 * index, pooled or aggregated from the sub-indices with expenditure weights
 * ({@link org.dataprice.index.aggregate.SubIndexCalculator}).
 */
package org.dataprice.index.aggregate;
