package org.dataprice.appraisal.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.dataprice.appraisal.report.ReportNumbers;
import org.dataprice.error.Require;

/**
 * The geometry of the valuation report's charts, for a template to draw as inline SVG: the reconciliation weights (bars
 * from 0 to 1), the tornado (each driver's two bars from the base value to the value at its low and high input), the
 * two-way table as a heat map (a diverging colour ramp around the base value) and the Monte Carlo histogram (bars on
 * 1-2-5 axes with the P5, P50 and P95 markers). Every coordinate is in px rounded to 0.01 ({@link #px}); every label is
 * written by {@link ReportNumbers} (amounts to the minor unit, weights to four places, rates as %, other numbers to
 * at most six decimals), so no raw double reaches the SVG. Pure functions, thread-safe.
 */
public final class Charts {
    /** Width of every chart's view box, px. */
    public static final double WIDTH = 640;
    /** Left margin holding the row labels of a horizontal chart, px. */
    public static final double LABEL_WIDTH = 160;
    /** Right margin, px. */
    public static final double RIGHT = 24;
    /** Height of a bar (or heat-map cell) row, px. */
    public static final double ROW = 22;
    /** Gap between rows of bars, px. */
    public static final double GAP = 6;
    /** Height of the axis (ticks and their labels) under a chart, px. */
    public static final double AXIS = 28;
    /** Plot height of the histogram, px. */
    public static final double HISTOGRAM_HEIGHT = 180;
    /** Share of the tornado's value range added at each end before the axis is rounded, so that end labels fit. */
    public static final double PAD = 0.1;
    /** The percentiles marked on the histogram. */
    public static final List<Double> MARKED_PERCENTILES = List.of(0.05, 0.5, 0.95);
    /** Bar colour of the weights and histogram charts. */
    public static final String BAR = "#4a7ab5";
    /** Tornado colour of the value at the driver's low input. */
    public static final String LOW = "#d6604d";
    /** Tornado colour of the value at the driver's high input. */
    public static final String HIGH = "#4393c3";
    /** Heat-map ramp: furthest below the base, the base, furthest above. */
    public static final List<String> RAMP = List.of("#d6604d", "#f7f7f7", "#4393c3");

    private Charts() {
    }

    /**
     * A tick or a row/column label.
     *
     * @param at    its position along the axis, px
     * @param label its text
     */
    public record Tick(String at, String label) {
    }

    /**
     * A rectangle with its label.
     *
     * @param label  the row label (driver, approach), empty for a second bar of a row
     * @param labelY the baseline of the row label, px
     * @param text   the value written at the bar's end
     * @param x      left, px
     * @param y      top, px
     * @param width  width, px
     * @param height height, px
     * @param fill   colour {@code #rrggbb}
     * @param textX  where the value text is anchored, px
     * @param textY  the baseline of the value text, px
     * @param anchor SVG text-anchor of the value text: {@code start} or {@code end}
     */
    public record Bar(String label, String labelY, String text, String x, String y, String width, String height, String fill,
            String textX, String textY, String anchor) {
    }

    /**
     * A vertical line across the plot (the base value of a tornado, a percentile of the histogram).
     *
     * @param x      its position, px
     * @param label  its text, e.g. {@code P50 = 195.47}
     * @param labelY the baseline of its text, px
     */
    public record Marker(String x, String label, String labelY) {
    }

    /**
     * A bar chart: horizontal (weights, tornado: {@code ticks} along x under the rows) or vertical (histogram:
     * {@code ticks} along x, {@code yTicks} along y).
     *
     * @param width      view-box width, px
     * @param height     view-box height, px
     * @param plotLeft   left of the plot, px
     * @param plotTop    top of the plot, px
     * @param plotRight  right of the plot, px
     * @param plotBottom bottom of the plot (the x axis), px
     * @param ticks      x ticks
     * @param yTicks     y ticks (the histogram's counts), empty for horizontal charts
     * @param bars       the bars
     * @param markers    vertical markers
     * @param unit       the unit of the x axis (a currency code, {@code %}, …)
     */
    public record BarChart(String width, String height, String plotLeft, String plotTop, String plotRight, String plotBottom,
            List<Tick> ticks, List<Tick> yTicks, List<Bar> bars, List<Marker> markers, String unit) {
        /** Copies. */
        public BarChart {
            ticks = Require.copyOf(ticks, "ticks");
            yTicks = Require.copyOf(yTicks, "yTicks");
            bars = Require.copyOf(bars, "bars");
            markers = Require.copyOf(markers, "markers");
        }
    }

    /**
     * One cell of a heat map.
     *
     * @param x      left, px
     * @param y      top, px
     * @param width  width, px
     * @param height height, px
     * @param fill   its colour on {@link #RAMP}
     * @param text   its value
     * @param textX  the centre of the cell, px
     * @param textY  the baseline of its value text, px
     * @param base   whether it is the base case (drawn outlined)
     */
    public record Cell(String x, String y, String width, String height, String fill, String text, String textX, String textY,
            boolean base) {
    }

    /**
     * The two-way table as a heat map.
     *
     * @param width      view-box width, px
     * @param height     view-box height, px
     * @param rowName    the row driver
     * @param columnName the column driver
     * @param left       the left edge of the cells (row labels end there), px
     * @param top        the top edge of the cells (column labels above it), px
     * @param rows       the row labels (the row driver's values) with their centre y
     * @param columns    the column labels with their centre x
     * @param cells      the cells, row by row
     * @param lowest     the lowest value in the table
     * @param highest    the highest value in the table
     * @param unit       the currency code
     */
    public record HeatMap(String width, String height, String rowName, String columnName, String left, String top, List<Tick> rows, List<Tick> columns,
            List<Cell> cells, String lowest, String highest, String unit) {
        /** Copies. */
        public HeatMap {
            rows = Require.copyOf(rows, "rows");
            columns = Require.copyOf(columns, "columns");
            cells = Require.copyOf(cells, "cells");
        }
    }

    /**
     * A driver of a tornado.
     *
     * @param driver      its name
     * @param low         its low input
     * @param high        its high input
     * @param valueAtLow  the value with the driver at low
     * @param valueAtHigh the value with the driver at high
     */
    public record TornadoLine(String driver, double low, double high, double valueAtLow, double valueAtHigh) {
    }

    /**
     * @param px a coordinate; finite
     * @return rounded half-even to 0.01, plain, trailing zeros dropped, e.g. {@code "12.5"}
     */
    public static String px(double px) {
        BigDecimal r = BigDecimal.valueOf(Require.finite(px, "px")).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.signum() == 0 ? "0" : r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }

    /**
     * The reconciliation weights of a report, one bar per approach labelled "收益法 Income approach".
     *
     * @param report the valuation report; not null
     * @return the chart
     */
    public static BarChart weights(org.dataprice.appraisal.ValuationReport report) {
        Require.notNull(report, "report");
        List<String> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (org.dataprice.appraisal.ApproachOutcome a : report.approaches()) {
            labels.add(a.approach().labelZh() + " " + a.approach().labelEn());
            weights.add(a.weight());
        }
        return weights(labels, weights);
    }

    /**
     * The reconciliation weights: one bar per approach from 0 to its weight on a 0–100 % axis.
     *
     * @param labels  each approach's label; not empty
     * @param weights each approach's weight in [0, 1]; same size
     * @return the chart
     */
    public static BarChart weights(List<String> labels, List<Double> weights) {
        Require.nonEmptyCopy(labels, "labels");
        Require.size(weights.size(), labels.size(), "weights");
        NiceScale scale = NiceScale.of(0, 1, 6);
        double plot = WIDTH - LABEL_WIDTH - RIGHT - 60;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double w = Require.inClosedRange(weights.get(i), 0, 1, "weights[" + i + "]");
            double y = GAP + i * (ROW + GAP);
            double width = scale.position(w, plot);
            bars.add(new Bar(labels.get(i), px(y + ROW / 2 + 4), ReportNumbers.weight(w) + " (" + ReportNumbers.percent(w) + ")",
                    px(LABEL_WIDTH), px(y), px(width), px(ROW), BAR, px(LABEL_WIDTH + width + 4), px(y + ROW / 2 + 4), "start"));
        }
        double bottom = GAP + labels.size() * (ROW + GAP);
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal t : scale.ticks()) {
            ticks.add(new Tick(px(LABEL_WIDTH + scale.position(t.doubleValue(), plot)), ReportNumbers.percent(t.doubleValue())));
        }
        return new BarChart(px(WIDTH), px(bottom + AXIS), px(LABEL_WIDTH), "0", px(LABEL_WIDTH + plot), px(bottom), ticks, List.of(),
                bars, List.of(), "%");
    }

    /**
     * The tornado: per driver (in the given order, largest swing first), a bar from the base value to the value at its
     * low input and one to the value at its high input, on a nice axis covering every value and the base widened by
     * {@link #PAD} of the range at each end (room for the value labels); a marker at the base value.
     *
     * @param base     the base value; finite
     * @param lines    the drivers; not empty
     * @param currency the values' currency; not null
     * @return the chart
     */
    public static BarChart tornado(double base, List<TornadoLine> lines, Currency currency) {
        Require.finite(base, "base");
        Require.nonEmptyCopy(lines, "lines");
        Require.notNull(currency, "currency");
        double lo = base;
        double hi = base;
        for (TornadoLine l : lines) {
            lo = Math.min(lo, Math.min(Require.finite(l.valueAtLow(), "valueAtLow"), Require.finite(l.valueAtHigh(), "valueAtHigh")));
            hi = Math.max(hi, Math.max(l.valueAtLow(), l.valueAtHigh()));
        }
        double pad = (hi - lo) * PAD;
        NiceScale scale = NiceScale.of(lo - pad, hi + pad, 6);
        double plot = WIDTH - LABEL_WIDTH - RIGHT;
        double baseX = LABEL_WIDTH + scale.position(base, plot);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TornadoLine l = lines.get(i);
            double y = GAP + i * (ROW + GAP);
            String label = l.driver() + " " + number(l.low()) + " / " + number(l.high());
            bars.add(segment(label, y + ROW / 2 + 4, baseX, LABEL_WIDTH + scale.position(l.valueAtLow(), plot), y, ROW / 2, LOW,
                    ReportNumbers.amount(l.valueAtLow(), currency)));
            bars.add(segment("", y + ROW / 2 + 4, baseX, LABEL_WIDTH + scale.position(l.valueAtHigh(), plot), y + ROW / 2, ROW / 2, HIGH,
                    ReportNumbers.amount(l.valueAtHigh(), currency)));
        }
        double bottom = GAP + lines.size() * (ROW + GAP);
        return new BarChart(px(WIDTH), px(bottom + AXIS + 16), px(LABEL_WIDTH), "0", px(LABEL_WIDTH + plot), px(bottom),
                ticks(scale, LABEL_WIDTH, plot), List.of(), bars,
                List.of(new Marker(px(baseX), ReportNumbers.amount(base, currency), px(bottom + AXIS + 8))), currency.getCurrencyCode());
    }

    private static Bar segment(String label, double labelY, double from, double to, double y, double height, String fill,
            String text) {
        double left = Math.min(from, to);
        boolean right = to >= from;
        return new Bar(label, px(labelY), text, px(left), px(y), px(Math.abs(to - from)), px(height), fill,
                px(right ? to + 3 : to - 3), px(y + height - 2), right ? "start" : "end");
    }

    /**
     * The two-way table as a heat map: cell (r, c) coloured on the diverging {@link #RAMP} by
     * {@code t = (v − base) / max |v − base|} (−1 the first colour, 0 the middle, +1 the last; linear in RGB between),
     * the base cell outlined.
     *
     * @param rowName      the row driver
     * @param rowValues    its values; not empty
     * @param columnName   the column driver
     * @param columnValues its values; not empty
     * @param values       values[row][column]; finite
     * @param baseRow      the base row index
     * @param baseColumn   the base column index
     * @param currency     the values' currency
     * @return the heat map
     */
    public static HeatMap heatMap(String rowName, List<Double> rowValues, String columnName, List<Double> columnValues,
            List<List<Double>> values, int baseRow, int baseColumn, Currency currency) {
        Require.nonEmptyCopy(rowValues, "rowValues");
        Require.nonEmptyCopy(columnValues, "columnValues");
        Require.size(values.size(), rowValues.size(), "values");
        Require.notNull(currency, "currency");
        Require.inClosedRange(baseRow, 0, rowValues.size() - 1, "baseRow");
        Require.inClosedRange(baseColumn, 0, columnValues.size() - 1, "baseColumn");
        double base = values.get(baseRow).get(baseColumn);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < values.size(); r++) {
            Require.size(values.get(r).size(), columnValues.size(), "values[" + r + "]");
            for (double v : values.get(r)) {
                lowest = Math.min(lowest, Require.finite(v, "values"));
                highest = Math.max(highest, v);
            }
        }
        double spread = Math.max(highest - base, base - lowest);
        double top = 24;
        double cellWidth = (WIDTH - LABEL_WIDTH - RIGHT) / columnValues.size();
        List<Tick> columns = new ArrayList<>();
        for (int c = 0; c < columnValues.size(); c++) {
            columns.add(new Tick(px(LABEL_WIDTH + (c + 0.5) * cellWidth), number(columnValues.get(c))));
        }
        List<Tick> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rowValues.size(); r++) {
            double y = top + r * ROW;
            rows.add(new Tick(px(y + ROW / 2 + 4), number(rowValues.get(r))));
            for (int c = 0; c < columnValues.size(); c++) {
                double v = values.get(r).get(c);
                double t = spread == 0 ? 0 : (v - base) / spread;
                cells.add(new Cell(px(LABEL_WIDTH + c * cellWidth), px(y), px(cellWidth), px(ROW), ramp(t),
                        ReportNumbers.amount(v, currency), px(LABEL_WIDTH + (c + 0.5) * cellWidth), px(y + ROW / 2 + 4),
                        r == baseRow && c == baseColumn));
            }
        }
        return new HeatMap(px(WIDTH), px(top + rowValues.size() * ROW + 8), rowName, columnName, px(LABEL_WIDTH), px(top), rows,
                columns, cells,
                ReportNumbers.amount(lowest, currency), ReportNumbers.amount(highest, currency), currency.getCurrencyCode());
    }

    /**
     * The diverging colour ramp.
     *
     * @param t a position in [−1, 1]; finite (clamped)
     * @return the colour, linear in RGB between the {@link #RAMP} stops: −1 the first, 0 the middle, 1 the last
     */
    public static String ramp(double t) {
        double c = Math.max(-1, Math.min(1, Require.finite(t, "t")));
        String from = RAMP.get(1);
        String to = c < 0 ? RAMP.get(0) : RAMP.get(2);
        double f = Math.abs(c);
        StringBuilder out = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int a = Integer.parseInt(from.substring(i, i + 2), 16);
            int b = Integer.parseInt(to.substring(i, i + 2), 16);
            out.append(String.format(java.util.Locale.ROOT, "%02x", (int) Math.round(a + (b - a) * f)));
        }
        return out.toString();
    }

    /**
     * The Monte Carlo histogram: one bar per bin on a nice value axis, a nice count axis, and a marker at each of the
     * {@link #MARKED_PERCENTILES} that the run reported.
     *
     * @param lower       the first bin's lower edge; finite
     * @param width       the bin width; positive
     * @param counts      draws per bin; not empty, each ≥ 0
     * @param probabilities the reported percentiles' probabilities
     * @param quantiles   their values; same size
     * @param currency    the values' currency
     * @return the chart
     */
    public static BarChart histogram(double lower, double width, List<Long> counts, List<Double> probabilities,
            List<Double> quantiles, Currency currency) {
        Require.finite(lower, "lower");
        Require.positive(Require.finite(width, "width"), "width");
        Require.nonEmptyCopy(counts, "counts");
        Require.size(quantiles.size(), probabilities.size(), "quantiles");
        Require.notNull(currency, "currency");
        long most = 0;
        for (long c : counts) {
            most = Math.max(most, Require.atLeast(c, 0L, "counts"));
        }
        double upper = lower + width * counts.size();
        NiceScale x = NiceScale.of(lower, upper, 7);
        NiceScale y = NiceScale.of(0, Math.max(1, most), 5);
        double left = 56;
        double plot = WIDTH - left - RIGHT;
        double top = 44;
        double bottom = top + HISTOGRAM_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            double x0 = left + x.position(lower + i * width, plot);
            double x1 = left + x.position(lower + (i + 1) * width, plot);
            double h = y.position(counts.get(i), HISTOGRAM_HEIGHT);
            bars.add(new Bar("", px(bottom), Long.toString(counts.get(i)), px(x0), px(bottom - h), px(x1 - x0), px(h), BAR,
                    px((x0 + x1) / 2), px(bottom - h - 2), "middle"));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (BigDecimal t : y.ticks()) {
            yTicks.add(new Tick(px(bottom - y.position(t.doubleValue(), HISTOGRAM_HEIGHT)), ReportNumbers.number(t)));
        }
        List<Marker> markers = new ArrayList<>();
        for (double p : MARKED_PERCENTILES) {
            for (int i = 0; i < probabilities.size(); i++) {
                if (Math.abs(probabilities.get(i) - p) < 1e-9) {
                    double v = Require.finite(quantiles.get(i), "quantiles");
                    markers.add(new Marker(px(left + x.position(v, plot)), "P" + ReportNumbers.number(BigDecimal.valueOf(p * 100))
                            + " = " + ReportNumbers.amount(v, currency), px(12 + 13 * markers.size())));
                    break;
                }
            }
        }
        return new BarChart(px(WIDTH), px(bottom + AXIS + 16), px(left), px(top), px(left + plot), px(bottom), ticks(x, left, plot),
                yTicks, bars, markers, currency.getCurrencyCode());
    }

    private static List<Tick> ticks(NiceScale scale, double left, double plot) {
        List<Tick> out = new ArrayList<>();
        for (BigDecimal t : scale.ticks()) {
            out.add(new Tick(px(left + scale.position(t.doubleValue(), plot)), ReportNumbers.number(t)));
        }
        return out;
    }

    private static String number(double value) {
        return ReportNumbers.number(BigDecimal.valueOf(Require.finite(value, "value")));
    }
}
