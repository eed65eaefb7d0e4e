/**
 * Finance models (金融模型) for valuing data assets: discounted cash flows and rates of return
 * ({@link org.dataprice.finance.cashflow}), Black–Scholes–Merton options ({@link org.dataprice.finance.option}),
 * binomial trees with real options ({@link org.dataprice.finance.lattice}) and Monte Carlo under geometric
 * Brownian motion ({@link org.dataprice.finance.montecarlo}). See {@code docs/finance.md}.
 */
package org.dataprice.finance;
