package org.dataprice.appraisal.report.chart;

/**
 * The charts of one report revision: the reconciliation weights always; the tornado and the two-way heat map when a
 * sensitivity analysis with them is stored with the valuation (the latest one); the histogram when a Monte Carlo run is
 * stored (the latest). A template draws each present chart as inline SVG.
 *
 * @param weights   the reconciliation weights; not null
 * @param tornado   the tornado of the latest stored sensitivity analysis, or null
 * @param heatMap   the two-way table of the latest stored sensitivity analysis, or null
 * @param histogram the histogram of the latest stored Monte Carlo run, or null
 * @param sensitivityNote where the sensitivity charts come from (analysis id and date), empty when none
 * @param monteCarloNote  where the histogram comes from (analysis id, date, draws and seed), empty when none
 */
public record ReportCharts(Charts.BarChart weights, Charts.BarChart tornado, Charts.HeatMap heatMap, Charts.BarChart histogram,
        String sensitivityNote, String monteCarloNote) {
    /** Validates. */
    public ReportCharts {
        org.dataprice.error.Require.notNull(weights, "weights");
        org.dataprice.error.Require.notNull(sensitivityNote, "sensitivityNote");
        org.dataprice.error.Require.notNull(monteCarloNote, "monteCarloNote");
    }
}
