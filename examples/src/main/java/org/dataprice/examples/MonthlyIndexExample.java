package org.dataprice.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dataprice.index.IndexResult;
import org.dataprice.index.PricePanel;
import org.dataprice.index.aggregate.CompositeMethod;
import org.dataprice.index.aggregate.SubIndexCalculator;
import org.dataprice.index.aggregate.SubIndexResult;
import org.dataprice.index.multilateral.GeksIndex;
import org.dataprice.index.series.DataSufficiencyRule;
import org.dataprice.index.series.IndexBase;
import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.ObservationStatus;
import org.dataprice.index.splice.RollingWindowIndex;
import org.dataprice.index.splice.SpliceMethod;
import org.dataprice.index.transaction.Transaction;
import org.dataprice.index.transaction.TransactionTable;
import org.dataprice.index.transaction.UnitValueAggregator;
import org.dataprice.index.transaction.UnitValueResult;
import org.dataprice.index.transaction.UnitValueRule;

/**
 * User story: the exchange builds its monthly data-market price index from a CSV of transactions and
 * prints it.
 *
 * <p>Steps: read {@code product,category,month,price,quantity} rows (the CSV parsing lives here, not
 * in the core); form unit values per product and month (outliers beyond 1/4 and 4 times the cell
 * median dropped); compute a CCDI index with a 13-month rolling window and mean splice for each
 * category, and the composite from the categories with first-month expenditure weights; put it on
 * base first month = 1000; flag months with fewer than 20 transactions as estimated; print the levels
 * rounded to one decimal with month-on-month changes from unrounded values.
 *
 * <p>Run: {@code java ... MonthlyIndexExample [transactions.csv]}; without an argument it uses a
 * generated sample of 18 months.
 */
public final class MonthlyIndexExample {
    private MonthlyIndexExample() {
    }

    /**
     * @param args optionally the path of a CSV file with header {@code product,category,month,price,quantity}
     */
    public static void main(String[] args) {
        String csv;
        try {
            csv = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : sampleCsv();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(csv, System.out);
    }

    /**
     * @param csv the transactions as CSV text with a header line
     * @param out where to print
     */
    static void run(String csv, PrintStream out) {
        Map<String, String> categories = new HashMap<>();
        List<Transaction> transactions = parse(csv, categories);
        UnitValueResult uv = UnitValueAggregator.DEFAULT.compute(TransactionTable.of(transactions),
                new UnitValueRule(0.25, 4, 1));
        PricePanel panel = uv.panel();
        RollingWindowIndex method = new RollingWindowIndex(GeksIndex.CCDI, 13, SpliceMethod.MEAN, false);
        YearMonth first = panel.periods().get(0);
        SubIndexResult sub = SubIndexCalculator.DEFAULT.compute(panel, categories, method, CompositeMethod.AGGREGATED,
                first);
        IndexResult composite = sub.composite();
        IndexSeries series = IndexSeries.of("DATA-MARKET.COMPOSITE", composite, IndexBase.month(first, 1000),
                ObservationStatus.NORMAL);
        Map<YearMonth, Integer> tx = new HashMap<>();
        Map<YearMonth, Integer> products = new HashMap<>();
        for (int t = 0; t < panel.periodCount(); t++) {
            tx.put(panel.periods().get(t), uv.transactionsPerPeriod().get(t));
            products.put(panel.periods().get(t), panel.presentCount(t));
        }
        series = new DataSufficiencyRule(20, 3, DataSufficiencyRule.Action.ESTIMATE).apply(series, tx, products);

        out.println("Data-market price index (数据要素市场价格指数), base " + series.base());
        out.println("method " + composite.settings());
        out.println("transactions " + transactions.size() + ", outliers removed " + uv.outliersRemoved());
        out.println("month     level   m/m %  status");
        var published = series.published(1);
        for (int k = 0; k < published.size(); k++) {
            IndexObservation o = series.observations().get(k);
            var change = series.change(o.period(), 1);
            out.printf(Locale.ROOT, "%s %7s %7s  %s%n", o.period(), published.get(k).value().toPlainString(),
                    change.isPresent() ? String.format(Locale.ROOT, "%.2f", change.getAsDouble()) : "",
                    o.status().sdmxCode());
        }
        sub.subIndices().forEach((g, r) -> out.printf(Locale.ROOT, "sub-index %s: last level %.4f (weight %.3f)%n",
                g, r.levels().get(r.levels().size() - 1), sub.weights().get(g)));
    }

    /** Parses {@code product,category,month,price,quantity} lines after a header. */
    static List<Transaction> parse(String csv, Map<String, String> categories) {
        List<Transaction> out = new ArrayList<>();
        String[] lines = csv.split("\\R");
        for (int n = 1; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("line " + (n + 1) + ": expected 5 fields, got " + f.length);
            }
            categories.put(f[0], f[1]);
            out.add(new Transaction(f[0], YearMonth.parse(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        return out;
    }

    /** @return a deterministic sample: 18 months, 12 products in 3 categories, about 40 trades a month */
    static String sampleCsv() {
        StringBuilder csv = new StringBuilder("product,category,month,price,quantity\n");
        String[] cats = {"api", "dataset", "model"};
        long state = 20240101L;
        for (int m = 0; m < 18; m++) {
            YearMonth month = YearMonth.of(2024, 1).plusMonths(m);
            int trades = m == 16 ? 12 : 40;
            for (int k = 0; k < trades; k++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                int product = (int) ((state >>> 33) % 12);
                double noise = ((state >>> 11) % 1000) / 1000.0;
                double price = (100 + 10 * product) * (1 + 0.01 * m * (product % 3)) * (0.95 + 0.1 * noise);
                int quantity = 1 + (int) ((state >>> 20) % 5);
                csv.append("D").append(product).append(',').append(cats[product % 3]).append(',').append(month)
                        .append(',').append(String.format(Locale.ROOT, "%.2f", price)).append(',').append(quantity)
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
