package org.dataprice.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.split.datavalue.KnnShapley;
import org.dataprice.split.datavalue.LabelledData;
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
 * Exact KNN-Shapley ({@link KnnShapley}, Jia et al. 2019) of N training points against 100 test
 * points, 10 features, 3 classes, K = 5.
 *
 * <p>Target (issue 7): 10^5 training × 100 test points ≤ 2 s. The baseline is the values of 1 test point.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class KnnShapleyBenchmark {
    /** Training points. */
    @Param({"100000"})
    public int train;

    private LabelledData trainData;
    private LabelledData testData;
    private LabelledData oneTest;

    /** Builds seeded data. */
    @Setup
    public void setUp() {
        trainData = data(train, 1);
        testData = data(100, 2);
        oneTest = data(1, 3);
    }

    private static LabelledData data(int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = 10;
        double[] f = new double[m * d];
        int[] y = new int[m];
        for (int p = 0; p < m; p++) {
            for (int j = 0; j < d; j++) {
                f[p * d + j] = r.nextGaussian();
            }
            y[p] = r.nextInt(3);
        }
        return LabelledData.ofRowMajor(d, f, y);
    }

    /** @return the values */
    @Benchmark
    public double[] knnShapley() {
        return KnnShapley.DEFAULT.values(trainData, testData, 5);
    }

    /** @return the values for one test point */
    @Benchmark
    public double[] baseline() {
        return KnnShapley.DEFAULT.values(trainData, oneTest, 5);
    }
}
