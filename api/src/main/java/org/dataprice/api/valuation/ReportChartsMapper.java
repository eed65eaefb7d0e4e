package org.dataprice.api.valuation;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.appraisal.report.chart.Charts;
import org.dataprice.appraisal.report.chart.ReportCharts;
import org.dataprice.money.Money;

/**
 * Maps a valuation report and its latest stored analyses (the answers as they were sent) to the core's chart geometry
 * ({@link Charts}, {@link ReportCharts}): the reconciliation weights always; the tornado and the two-way heat map of the
 * latest sensitivity run that has them; the histogram of the latest Monte Carlo run. Pure mapping, no I/O.
 */
final class ReportChartsMapper {
    private ReportChartsMapper() {
    }

    /**
     * @param report      the valuation report of the revision
     * @param sensitivity the latest stored sensitivity run and its answer, or null
     * @param monteCarlo  the latest stored Monte Carlo run and its answer, or null
     * @return the charts of the revision
     */
    static ReportCharts charts(ValuationReport report, Run<AnalysisResponses.Sensitivity> sensitivity,
                               Run<AnalysisResponses.MonteCarlo> monteCarlo) {
        Charts.BarChart tornado = null;
        Charts.HeatMap heatMap = null;
        String sensitivityNote = "";
        if (sensitivity != null) {
            AnalysisResponses.Sensitivity s = sensitivity.body();
            Currency currency = Money.currency(s.currency(), "currency");
            if (s.tornado() != null && !s.tornado().bars().isEmpty()) {
                List<Charts.TornadoLine> lines = new ArrayList<>();
                for (AnalysisResponses.Bar b : s.tornado().bars()) {
                    lines.add(new Charts.TornadoLine(b.driver(), b.low(), b.high(), b.valueAtLow(), b.valueAtHigh()));
                }
                tornado = Charts.tornado(s.baseValue(), lines, currency);
            }
            if (s.twoWay() != null) {
                AnalysisResponses.TwoWay w = s.twoWay();
                heatMap = Charts.heatMap(w.row(), w.rowValues(), w.column(), w.columnValues(), w.values(), w.baseRow(), w.baseColumn(),
                        currency);
            }
            sensitivityNote = note(sensitivity);
        }
        Charts.BarChart histogram = null;
        String monteCarloNote = "";
        if (monteCarlo != null) {
            AnalysisResponses.MonteCarlo m = monteCarlo.body();
            List<Double> probabilities = new ArrayList<>();
            List<Double> quantiles = new ArrayList<>();
            for (AnalysisResponses.Percentile p : m.percentiles()) {
                probabilities.add(p.probability());
                quantiles.add(p.value());
            }
            histogram = Charts.histogram(m.histogram().lower(), m.histogram().width(), m.histogram().counts(), probabilities, quantiles,
                    Money.currency(m.currency(), "currency"));
            monteCarloNote = note(monteCarlo) + "; draws " + m.draws() + ", seed " + m.seed();
        }
        return new ReportCharts(Charts.weights(report), tornado, heatMap, histogram, sensitivityNote, monteCarloNote);
    }

    private static String note(Run<?> run) {
        return "analysis " + run.number() + " (" + ValuationAnalysisService.href(run.valuationId(), run.number()) + "), run by "
                + run.createdBy() + " at " + run.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /**
     * A stored run with its answer read back.
     *
     * @param valuationId the valuation
     * @param number      the run's number
     * @param createdBy   who ran it
     * @param createdAt   when
     * @param body        its answer
     * @param <T>         the answer's type
     */
    record Run<T>(String valuationId, int number, String createdBy, java.time.Instant createdAt, T body) {
    }
}
