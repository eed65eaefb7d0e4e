/**
 * Chart geometry of the valuation report (issue 13): nice 1-2-5 scales ({@link org.dataprice.appraisal.report.chart.NiceScale}),
 * bar extents, heat-map colour ramps and percentile markers, every coordinate rounded to 0.01 px and every label
 * written by {@link org.dataprice.appraisal.report.ReportNumbers} ({@link org.dataprice.appraisal.report.chart.Charts}).
 * Pure: the service's templates only turn the geometry into SVG elements.
 */
package org.dataprice.appraisal.report.chart;
