/**
 * 数据要素市场价格指数 — the data-market price index: the dense period × product panel
 * ({@link org.dataprice.index.PricePanel}) every method reads, the common result
 * ({@link org.dataprice.index.IndexResult}) carrying the settings that produced it, and the
 * string-keyed entry point ({@link org.dataprice.index.IndexCalculator}) that rejects unknown or
 * invalid parameters. Methods live in the sub-packages.
 */
package org.dataprice.index;
