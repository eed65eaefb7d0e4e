/**
 * 双边价格指数 — bilateral price indices between two periods (Carli, Dutot, Jevons, Laspeyres,
 * Paasche, Fisher, Törnqvist, Walsh, Lowe, Young, geometric Laspeyres, Lloyd–Moulton), direct or
 * chained ({@link org.dataprice.index.bilateral.Linking}), computed on matched products by
 * {@link org.dataprice.index.bilateral.BilateralIndex}.
 *
 * <p>Formulas follow the IMF/ILO/OECD/UNECE/Eurostat/World Bank <i>Consumer Price Index Manual</i>
 * (2004), chapters 15–17 and 20, and the 2020 edition, chapter 8.
 */
package org.dataprice.index.bilateral;
