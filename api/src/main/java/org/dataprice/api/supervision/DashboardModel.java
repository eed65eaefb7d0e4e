package org.dataprice.api.supervision;

import org.dataprice.supervision.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The supervisor dashboard's content, every figure and chart coordinate computed here so that the template only lays
 * it out: open alerts by severity, the daily count of alerts over the last {@value #DAYS} days (an SVG bar chart),
 * the sellers' HHI per category of the current month against the {@code structure.hhi} threshold (an SVG bar chart),
 * and the latest alerts, each with its evidence, figures and explanation steps for drill-down.
 *
 * @param severities open alerts per severity, most urgent first
 * @param trend      the daily bars
 * @param trendMax   the largest daily count (the chart's top)
 * @param hhi        the HHI bars
 * @param threshold  the HHI threshold's x position in the chart, 0..{@value #CHART_WIDTH}
 * @param thresholdLabel the threshold value
 * @param alerts     the latest alerts
 * @param total      all stored alerts
 * @param collusion  this month's collusion findings (bid rotation, cover bidding, identical offers, parallel
 *                   pricing; computed, not stored), at most {@value #COLLUSION}
 */
public record DashboardModel(List<SeverityCount> severities, List<Bar> trend, long trendMax, List<Bar> hhi,
                             double threshold, String thresholdLabel, List<SupervisionJson.AlertResponse> alerts,
                             long total, List<SupervisionJson.ScreenAlert> collusion) {
    /** The most collusion findings shown. */
    public static final int COLLUSION = 50;
    /** Days in the trend chart. */
    public static final int DAYS = 30;
    /** The charts' drawing width in SVG units (the SVG scales to its box). */
    public static final int CHART_WIDTH = 600;
    /** The trend chart's drawing height. */
    public static final int TREND_HEIGHT = 120;

    /**
     * @param severity the severity
     * @param open     its open (not closed) alerts
     */
    public record SeverityCount(Severity severity, long open) {
        /** @return the CSS class of the severity */
        public String css() {
            return "sev-" + severity.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One bar.
     *
     * @param label  its label (a date or a category)
     * @param value  its value as shown
     * @param x      left edge
     * @param y      top edge
     * @param width  width
     * @param height height
     */
    public record Bar(String label, String value, double x, double y, double width, double height) {
    }

    /**
     * @param open     open alerts per severity
     * @param latest   the latest alerts (newest first), whose raising times make the trend
     * @param total    all stored alerts
     * @param today    today (UTC)
     * @param cells    the month's concentration cells (seller side)
     * @param hhiLimit the HHI threshold of the rules
     * @param collusion this month's collusion findings
     * @return the model
     */
    static DashboardModel of(Map<Severity, Long> open, List<SupervisionJson.AlertResponse> latest, long total,
                             LocalDate today, List<SupervisionJson.CellJson> cells, double hhiLimit,
                             List<SupervisionJson.ScreenAlert> collusion) {
        List<SeverityCount> counts = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.WARNING, Severity.INFO)) {
            counts.add(new SeverityCount(s, open.getOrDefault(s, 0L)));
        }
        long[] perDay = new long[DAYS];
        LocalDate first = today.minusDays(DAYS - 1L);
        for (SupervisionJson.AlertResponse a : latest) {
            LocalDate d = LocalDate.ofInstant(a.raisedAt(), ZoneOffset.UTC);
            if (!d.isBefore(first) && !d.isAfter(today)) {
                perDay[(int) (d.toEpochDay() - first.toEpochDay())]++;
            }
        }
        long max = 1;
        for (long n : perDay) {
            max = Math.max(max, n);
        }
        double w = (double) CHART_WIDTH / DAYS;
        List<Bar> trend = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            double h = TREND_HEIGHT * perDay[i] / (double) max;
            trend.add(new Bar(first.plusDays(i).toString(), Long.toString(perDay[i]), i * w + 1, TREND_HEIGHT - h,
                    w - 2, h));
        }
        List<Bar> hhi = new ArrayList<>();
        int row = 0;
        for (SupervisionJson.CellJson c : cells) {
            double width = CHART_WIDTH * c.hhi() / 10_000;
            hhi.add(new Bar(c.category() + " " + c.month(), String.format(Locale.ROOT, "%.0f", c.hhi()), 0, row * 28.0,
                    width, 20));
            row++;
        }
        return new DashboardModel(counts, trend, max, hhi, CHART_WIDTH * hhiLimit / 10_000,
                String.format(Locale.ROOT, "%.0f", hhiLimit), latest.subList(0, Math.min(50, latest.size())), total,
                collusion.subList(0, Math.min(COLLUSION, collusion.size())));
    }

    /** @return the HHI chart's height */
    public double hhiHeight() {
        return Math.max(28, hhi.size() * 28.0);
    }

    /**
     * @param at an instant
     * @return it as shown (UTC, to the second)
     */
    public String time(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
