package org.dataprice.benchmarks;

import java.util.concurrent.TimeUnit;

import org.dataprice.index.PricePanel;
import org.dataprice.index.multilateral.TimeProductDummyIndex;
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
 * Weighted time-product dummy over one window, solved with the product effects eliminated
 * (Frisch–Waugh). Issue #6 target: <b>time-product dummy on 25 periods × 2,000 products ≤ 100 ms</b>.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class TimeProductDummyBenchmark {
    @Param({"25"})
    int periods;
    @Param({"2000"})
    int products;
    @Param({"1.0", "0.8"})
    double presence;

    PricePanel panel;

    /** Builds the seeded panel. */
    @Setup(Level.Trial)
    public void setUp() {
        panel = GeksBenchmark.panel(periods, products, presence, 42);
    }

    /** @return the WTPD levels */
    @Benchmark
    public double[] weightedTimeProductDummy() {
        return TimeProductDummyIndex.WEIGHTED.levels(panel);
    }

    /** @return the cost of copying the panel's arrays out */
    @Benchmark
    public double[] baseline() {
        return panel.prices();
    }
}
