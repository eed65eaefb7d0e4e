package org.dataprice.benchmarks;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.dataprice.index.PricePanel;
import org.dataprice.index.transaction.TransactionTable;
import org.dataprice.index.transaction.UnitValueAggregator;
import org.dataprice.index.transaction.UnitValueResult;
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
 * Transactions to unit values. Issue #6 target: <b>unit-value aggregation of 10^6 transactions
 * ≤ 300 ms</b> (here over 25 months × 2,000 products), without and with the outlier filter (which
 * sorts each cell's prices for its median) and a minimum count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class UnitValueBenchmark {
    @Param({"1000000"})
    int transactions;
    @Param({"2000"})
    int products;
    @Param({"25"})
    int periods;

    TransactionTable table;
    UnitValueRule filter = new UnitValueRule(0.25, 4, 2);

    /** Builds the seeded transaction table. */
    @Setup(Level.Trial)
    public void setUp() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
        int[] period = new int[transactions];
        int[] product = new int[transactions];
        double[] price = new double[transactions];
        double[] quantity = new double[transactions];
        for (int k = 0; k < transactions; k++) {
            period[k] = rng.nextInt(periods);
            product[k] = rng.nextInt(products);
            price[k] = 10 + 5 * rng.nextDouble() + (rng.nextInt(1000) == 0 ? 500 : 0);
            quantity[k] = 1 + rng.nextInt(20);
        }
        List<String> ids = IntStream.range(0, products).mapToObj(i -> "p" + i).toList();
        table = TransactionTable.of(PricePanel.months(YearMonth.of(2024, 1), periods), ids, period, product, price,
                quantity);
    }

    /** @return unit values without cleaning */
    @Benchmark
    public UnitValueResult unitValues() {
        return UnitValueAggregator.DEFAULT.compute(table, UnitValueRule.NONE);
    }

    /** @return unit values with the median-relative outlier filter and a minimum of 2 transactions */
    @Benchmark
    public UnitValueResult unitValuesFiltered() {
        return UnitValueAggregator.DEFAULT.compute(table, filter);
    }

    /** @return the table's size, the floor of any benchmark here */
    @Benchmark
    public int baseline() {
        return table.size();
    }
}
