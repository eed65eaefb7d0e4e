package org.dataprice.benchmarks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.dataprice.index.IndexSettings;
import org.dataprice.index.aggregate.CompositeMethod;
import org.dataprice.index.correction.CorrectionSet;
import org.dataprice.index.release.NewVintage;
import org.dataprice.index.release.PreviousVintage;
import org.dataprice.index.release.ReleaseCalculator;
import org.dataprice.index.release.ReleaseDefinition;
import org.dataprice.index.release.ReleaseTrades;
import org.dataprice.index.series.IndexBase;
import org.dataprice.index.transaction.UnitValueRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One index release through the core ({@link ReleaseCalculator}): unit values, a 13-month GEKS-Fisher
 * with a mean splice, composite and two category sub-indices aggregated, statuses and revisions against
 * the previous vintage. Issue 12 targets: <b>the cost of a release does not depend on the number of
 * earlier vintages</b> (its only input from the past is the previous vintage; the service reads that
 * one vintage, see {@code ReleaseReadsTest}: the same rows after 1 or 16 earlier releases), and <b>a
 * release of month 36 of 500 products (36,000 trades) with its previous vintage ≤ 200 ms</b>.
 * {@code firstRelease} is the same release without a previous vintage, for scale: the revision
 * detection is the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ReleaseCalculatorBenchmark {
    private static final YearMonth FIRST = YearMonth.of(2023, 1);

    @Param({"36"})
    int months;
    @Param({"500"})
    int products;

    ReleaseDefinition definition;
    ReleaseTrades trades;
    PreviousVintage previous;
    YearMonth period;

    /** Builds seeded trades (two per product and month) and the previous vintage of month − 1. */
    @Setup(Level.Trial)
    public void setUp() {
        definition = new ReleaseDefinition(new IndexSettings("geks-fisher", Map.of("window", "13", "splice", "MEAN")),
                IndexBase.month(FIRST, 100), List.of("API", "DATASET"), CompositeMethod.AGGREGATED, null,
                UnitValueRule.NONE, null, 2, List.of(), List.of());
        period = FIRST.plusMonths(months - 1L);
        trades = trades(months, products, 42);
        NewVintage before = ReleaseCalculator.DEFAULT.release(definition, period.minusMonths(1),
                period.atDay(15), null, trades(months - 1, products, 42), null);
        previous = new PreviousVintage(before.number(), before.period(), before.realtimeStart(), before.reason(),
                before.series(), java.util.Set.of());
    }

    static ReleaseTrades trades(int months, int products, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = months * products * 2;
        List<YearMonth> periods = new ArrayList<>(n);
        List<String> ids = new ArrayList<>(n);
        Map<String, String> categories = new HashMap<>();
        double[] price = new double[n];
        double[] quantity = new double[n];
        int k = 0;
        for (int t = 0; t < months; t++) {
            for (int i = 0; i < products; i++) {
                String id = "p" + i;
                categories.put(id, i % 2 == 0 ? "API" : "DATASET");
                for (int j = 0; j < 2; j++) {
                    periods.add(FIRST.plusMonths(t));
                    ids.add(id);
                    price[k] = (10 + i % 50) * Math.pow(1.005, t) * (0.9 + 0.2 * r.nextDouble());
                    quantity[k] = 1 + r.nextInt(10);
                    k++;
                }
            }
        }
        return ReleaseTrades.ofColumns(periods, ids, price, quantity, categories, CorrectionSet.EMPTY, Map.of());
    }

    /** @return the release of the last month against its previous vintage */
    @Benchmark
    public NewVintage nextRelease() {
        return ReleaseCalculator.DEFAULT.release(definition, period, period.plusMonths(1).atDay(15), null, trades,
                previous);
    }

    /** @return the same release as a first release (no revision detection), for scale */
    @Benchmark
    public NewVintage firstRelease() {
        return ReleaseCalculator.DEFAULT.release(definition, period, period.plusMonths(1).atDay(15), null, trades, null);
    }
}
