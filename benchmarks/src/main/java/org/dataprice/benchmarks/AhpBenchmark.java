package org.dataprice.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.quality.Ahp;
import org.dataprice.quality.AhpResult;
import org.dataprice.quality.PairwiseMatrix;
import org.dataprice.quality.WeightMethod;
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
 * AHP weights + consistency ratio for an n×n pairwise matrix (issue 3 target: ≤ 20 µs for 9×9).
 * {@code weightsAndCr} is the allocation-free hot path (kernel + CR); {@code weigh} is the full
 * {@link Ahp#weigh} with its explanation and input hash; {@code kernel} the weights alone;
 * {@code baseline} builds nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class AhpBenchmark {
    /** The matrix order. */
    @Param({"9"})
    public int n;
    /** The weight method. */
    @Param({"EIGENVECTOR", "GEOMETRIC_MEAN"})
    public WeightMethod method;

    private PairwiseMatrix matrix;
    private double[] a;
    private double[] w;
    private double[] scratch;

    /** Builds a seeded random reciprocal matrix on the 1-9 scale. */
    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20261126L);
        double[] upper = new double[n * (n - 1) / 2];
        for (int k = 0; k < upper.length; k++) {
            double v = 1 + rnd.nextInt(9);
            upper[k] = rnd.nextBoolean() ? v : 1 / v;
        }
        matrix = PairwiseMatrix.fromUpperTriangle(n, upper);
        a = matrix.toRowMajor();
        w = new double[n];
        scratch = new double[n];
    }

    /** @return the matrix order (no work) */
    @Benchmark
    public int baseline() {
        return matrix.size();
    }

    /** @return weights, λmax, CI, RI, CR, worst judgement and explanation */
    @Benchmark
    public AhpResult weigh() {
        return Ahp.DEFAULT.weigh(matrix, method);
    }

    /** @return CR from the allocation-free kernel (weights into a scratch array) plus the CR formula */
    @Benchmark
    public double weightsAndCr() {
        return Ahp.consistencyRatio(Ahp.kernel(a, n, method, w, scratch), n);
    }

    /** @return λmax from the allocation-free kernel */
    @Benchmark
    public double kernel() {
        return Ahp.kernel(a, n, method, w, scratch);
    }
}
