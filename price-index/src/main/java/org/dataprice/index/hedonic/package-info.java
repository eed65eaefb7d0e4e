/**
 * 特征价格法 — quality adjustment by the time-dummy hedonic method: log prices regressed on period
 * dummies and product characteristics, with coefficients and fit reported
 * ({@link org.dataprice.index.hedonic.TimeDummyHedonicIndex}).
 */
package org.dataprice.index.hedonic;
