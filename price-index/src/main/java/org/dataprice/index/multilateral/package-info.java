/**
 * 多边价格指数 — multilateral price indices over a window of periods: GEKS with a Fisher, Törnqvist
 * (CCDI) or Jevons bilateral ({@link org.dataprice.index.multilateral.GeksIndex}), Geary–Khamis
 * ({@link org.dataprice.index.multilateral.GearyKhamisIndex}) and the (weighted) time-product dummy
 * ({@link org.dataprice.index.multilateral.TimeProductDummyIndex}). All are transitive within the
 * window; extension beyond it is {@link org.dataprice.index.splice}.
 */
package org.dataprice.index.multilateral;
