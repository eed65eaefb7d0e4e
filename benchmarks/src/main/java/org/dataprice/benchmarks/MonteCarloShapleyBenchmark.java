package org.dataprice.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.sampling.MonteCarloShapley;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.sampling.SamplingVariant;
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
 * Monte Carlo Shapley by permutation sampling ({@link MonteCarloShapley}) of a 100-player additive +
 * pairwise-synergy game through its incremental (walk) form, 10^5 permutations.
 *
 * <p>Target (issue 7): n = 100, 10^5 permutations ≤ 500 ms. The baseline walks one permutation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class MonteCarloShapleyBenchmark {
    /** The sampling variant. */
    @Param({"PLAIN", "ANTITHETIC"})
    public SamplingVariant variant;

    private SynergyGame game;
    private SamplingOptions options;

    /** Builds a seeded game. */
    @Setup
    public void setUp() {
        int n = 100;
        SplittableRandom r = new SplittableRandom(7);
        double[] a = new double[n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(0, 10);
            for (int j = 0; j < i; j++) {
                b[i][j] = b[j][i] = r.nextDouble(-1, 1);
            }
        }
        game = SynergyGame.of(a, b);
        options = new SamplingOptions(42, 100_000, 0, 0.95, variant, 1000);
    }

    /** @return the estimates */
    @Benchmark
    public SampledValues sample() {
        return MonteCarloShapley.DEFAULT.compute(game, options);
    }

    /** @return the worth of the grand coalition by one walk */
    @Benchmark
    public double baseline() {
        var walk = game.walk();
        walk.reset();
        double v = 0;
        for (int i = 0; i < 100; i++) {
            v += walk.join(i);
        }
        return v;
    }
}
