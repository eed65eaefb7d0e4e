package org.dataprice.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.money.Money;
import org.dataprice.money.allocation.Allocation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Largest-remainder allocation of 10,000,000.00 CNY among 1,000,000 random weights.
 *
 * <p><b>Target (issue 2): under 50 ms</b> for {@code splitMinor} with 1,000,000 weights.
 * {@code baseline} sums the weights, the least any allocation must do.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AllocationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class AllocationBenchmark {
    /** Number of parties. */
    @Param({"1000000"})
    public int parties;

    private double[] weights;
    private final long totalMinor = Money.cny("10000000.00").toMinor();

    /** Draws the weights from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20231201L);
        weights = new double[parties];
        for (int i = 0; i < parties; i++) {
            weights[i] = 0.001 + random.nextDouble() * 1000;
        }
    }

    /** @return the weight sum */
    @Benchmark
    public double baseline() {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        return sum;
    }

    /** @return the parts in fen */
    @Benchmark
    public long[] splitMinor() {
        return Allocation.DEFAULT.splitMinor(totalMinor, weights);
    }
}
