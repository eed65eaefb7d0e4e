package org.dataprice.benchmarks;

import java.util.concurrent.TimeUnit;

import org.dataprice.index.IndexResult;
import org.dataprice.index.PricePanel;
import org.dataprice.index.multilateral.GeksIndex;
import org.dataprice.index.splice.RollingWindowIndex;
import org.dataprice.index.splice.SpliceMethod;
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
 * Rolling-window GEKS-Fisher with a mean splice. Issue #6 target: <b>a 13-month window mean splice
 * extended over 24 more months ≤ 200 ms</b> (37 periods, 25 windows, 2,000 products).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class SpliceBenchmark {
    @Param({"2000"})
    int products;
    @Param({"0.8"})
    double presence;

    PricePanel panel;
    RollingWindowIndex rolling;

    /** Builds the seeded 37-month panel. */
    @Setup(Level.Trial)
    public void setUp() {
        panel = GeksBenchmark.panel(13 + 24, products, presence, 42);
        rolling = new RollingWindowIndex(GeksIndex.FISHER, 13, SpliceMethod.MEAN, false);
    }

    /** @return the spliced index with its explanation */
    @Benchmark
    public IndexResult meanSplice13Plus24() {
        return rolling.compute(panel);
    }

    /** @return one 13-month window, for scale */
    @Benchmark
    public double[] baseline() {
        return GeksIndex.FISHER.levels(panel.window(0, 13));
    }
}
