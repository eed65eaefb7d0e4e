package org.dataprice.benchmarks;

import java.util.concurrent.TimeUnit;
import org.dataprice.split.game.WeightedMajorityGame;
import org.dataprice.split.shapley.VotingPower;
import org.dataprice.split.shapley.WeightedMajorityPower;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shapley–Shubik and Banzhaf indices of a 51-player weighted majority game by dynamic programming
 * ({@link WeightedMajorityPower}), on the asymmetric voting game of Castro, Gómez &amp; Tejada (2009) §4.2.
 *
 * <p>Target (issue 7): 51 players ≤ 5 ms. The baseline evaluates one coalition.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WeightedMajorityBenchmark {
    private WeightedMajorityGame game;

    /** Builds the game. */
    @Setup
    public void setUp() {
        int[] counts = {1, 1, 1, 2, 1, 1, 2, 1, 2, 3, 1, 4, 4, 2, 4, 4, 1, 9, 7};
        long[] weights = {45, 41, 27, 26, 25, 21, 17, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3};
        long[] w = new long[51];
        long total = 0;
        int k = 0;
        for (int g = 0; g < counts.length; g++) {
            for (int j = 0; j < counts[g]; j++) {
                w[k++] = weights[g];
                total += weights[g];
            }
        }
        game = WeightedMajorityGame.of(total / 2 + 1, w);
    }

    /** @return the swing counts (the kernel) */
    @Benchmark
    public long[][] swings() {
        return WeightedMajorityPower.DEFAULT.swings(game);
    }

    /** @return the indices with explanations */
    @Benchmark
    public VotingPower compute() {
        return WeightedMajorityPower.DEFAULT.compute(game);
    }

    /** @return the worth of one coalition */
    @Benchmark
    public double baseline() {
        return game.value(0x5555_5555_5555L);
    }
}
