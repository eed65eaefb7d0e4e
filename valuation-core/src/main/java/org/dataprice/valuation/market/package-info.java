/**
 * The market approach (市场法) to data-asset value: comparable transactions adjusted for quality,
 * supply and demand, date, volume and other factors (or caller-supplied adjustment functions), combined
 * by arithmetic mean or similarity weights, with a dispersion warning.
 */
package org.dataprice.valuation.market;
