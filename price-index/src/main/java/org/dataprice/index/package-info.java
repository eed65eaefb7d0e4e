/**
 * 数据要素市场价格指数 — the data-market price index: the dense period × product panel
 * ({@link org.dataprice.index.PricePanel}) every method reads, the common result
 * ({@link org.dataprice.index.IndexResult}) carrying the settings that produced it, and the
 * {@link org.dataprice.index.IndexMethod} every method implements. Methods live in the sub-packages;
 * {@code org.dataprice.index.method.IndexMethods} builds one from string-keyed settings.
 */
package org.dataprice.index;
