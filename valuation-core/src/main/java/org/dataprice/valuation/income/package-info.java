/**
 * The income approach (收益法) to data-asset value: P = Σ F_t / (1 + i)^t with the four forecasts of
 * the CAS 2023 guidance (direct, share, excess earnings, incremental), end- or mid-period discounting,
 * a built-up or given discount rate, a finite income period, optional decay of the data's
 * contribution, and the multi-scenario form; cash-flow schedules as data for CSV export.
 */
package org.dataprice.valuation.income;
