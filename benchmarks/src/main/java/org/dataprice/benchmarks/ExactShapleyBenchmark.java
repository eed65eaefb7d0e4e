package org.dataprice.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.shapley.ExactShapley;
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
 * Exact Shapley value over a table of 2^n worths ({@link ExactShapley}), both cores and one core.
 *
 * <p>Target (issue 7): n = 20 ≤ 40 ms (both cores), n = 24 ≤ 1 s. The baseline sums the table once
 * (the memory-bandwidth floor).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ExactShapleyBenchmark {
    /** Players. */
    @Param({"20", "24"})
    public int n;

    private TableGame game;
    private double[] table;

    /** Builds a seeded random table game. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20_240_101L);
        table = new double[1 << n];
        for (int s = 1; s < table.length; s++) {
            table[s] = r.nextDouble(0, 100);
        }
        game = TableGame.of(n, table);
    }

    /** @return the Shapley values, both cores */
    @Benchmark
    public double[] parallel() {
        return ExactShapley.DEFAULT.values(game);
    }

    /** @return the Shapley values, one core */
    @Benchmark
    public double[] sequential() {
        return ExactShapley.SEQUENTIAL.values(game);
    }

    /** @return the sum of the table (one sequential pass) */
    @Benchmark
    public double baseline() {
        double s = 0;
        for (double v : table) {
            s += v;
        }
        return s;
    }
}
