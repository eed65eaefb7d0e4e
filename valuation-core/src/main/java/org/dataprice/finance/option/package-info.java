/**
 * European options under Black–Scholes–Merton with a continuous dividend yield q (for a data asset:
 * value leakage or obsolescence): price, greeks and implied volatility. {@link OptionType} is shared
 * with the tree and Monte Carlo packages.
 */
package org.dataprice.finance.option;
