package org.dataprice.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.nucleolus.Nucleolus;
import org.dataprice.split.shapley.ExactShapley;
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
 * The nucleolus by sequential LPs ({@link Nucleolus}) of a seeded random superadditive-ish game.
 *
 * <p>Target (issue 7): n = 10 ≤ 1 s. The baseline is the exact Shapley value of the same game.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class NucleolusBenchmark {
    /** Players. */
    @Param({"6", "10"})
    public int n;

    private TableGame game;

    /** Builds the game: v(S) = |S|² · U(0.5, 1), individually rational. */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(3);
        double[] t = new double[1 << n];
        for (int s = 1; s < t.length; s++) {
            int k = Integer.bitCount(s);
            t[s] = k * k * r.nextDouble(0.5, 1);
        }
        game = TableGame.of(n, t);
    }

    /** @return the nucleolus */
    @Benchmark
    public PlayerValues nucleolus() {
        return Nucleolus.DEFAULT.nucleolus(game);
    }

    /** @return the exact Shapley value */
    @Benchmark
    public double[] baseline() {
        return ExactShapley.DEFAULT.values(game);
    }
}
