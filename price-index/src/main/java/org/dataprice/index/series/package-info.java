/**
 * 指数序列与版本 — the published index series: base period and reference value (100 or 1000),
 * rebasing that keeps growth rates, unrounded storage and rounded publication
 * ({@link org.dataprice.index.series.IndexSeries}), observation status with SDMX codes
 * ({@link org.dataprice.index.series.ObservationStatus}), the data-sufficiency rule
 * ({@link org.dataprice.index.series.DataSufficiencyRule}), and vintages with FRED/ALFRED-style
 * real-time periods and a revision log ({@link org.dataprice.index.series.VintageHistory}).
 * Every type is an immutable value a service can store as is.
 */
package org.dataprice.index.series;
