package org.dataprice.valuation.income;

import java.util.List;
import org.dataprice.error.Require;

/**
 * The income approach's cash-flow schedule: one row per scenario and period, in order.
 *
 * @param rows the rows; copied
 */
public record CashFlowSchedule(List<CashFlowRow> rows) {
    /** The CSV header written by {@link #toCsv()}. */
    public static final String CSV_HEADER = "scenario,period,forecast,contribution_factor,income,discount_factor,present_value";

    /** Copies. */
    public CashFlowSchedule {
        rows = Require.copyOf(rows, "rows");
    }

    /** @return Σ present values */
    public double totalPresentValue() {
        double s = 0;
        for (CashFlowRow r : rows) {
            s += r.presentValue();
        }
        return s;
    }

    /**
     * RFC 4180 CSV with {@link #CSV_HEADER}, '\n' line ends, numbers by {@link Double#toString(double)}
     * (shortest round-trip form, so the file reproduces the model's doubles exactly; −0.0 is written {@code 0.0}). Scenario names are
     * quoted when they hold a comma, quote or line break.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (CashFlowRow r : rows) {
            // x + 0.0 folds −0.0 to 0.0 (IEEE 754) and leaves every other double as it is: no "-0.0" in a file
            out.append(quote(r.scenario())).append(',').append(r.period()).append(',').append(r.forecast() + 0.0).append(',')
                    .append(r.contributionFactor() + 0.0).append(',').append(r.income() + 0.0).append(',')
                    .append(r.discountFactor() + 0.0).append(',').append(r.presentValue() + 0.0).append('\n');
        }
        return out.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
