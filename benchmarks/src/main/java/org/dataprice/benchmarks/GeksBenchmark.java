package org.dataprice.benchmarks;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.dataprice.index.PricePanel;
import org.dataprice.index.multilateral.GeksIndex;
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
 * GEKS over one window. Issue #6 target: <b>GEKS-Fisher over 25 periods × 2,000 products ≤ 20 ms</b>.
 * The {@code presence} parameter is the share of product-periods observed (1.0: a complete panel, the
 * fast path with precomputed period sums; 0.8: churn, the masked path).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class GeksBenchmark {
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
        panel = panel(periods, products, presence, 42);
    }

    /**
     * A seeded random panel: prices in [0.5, 2.5), quantities in [1, 11), each cell present with
     * probability {@code presence} (the first product always, so every pair of periods matches).
     *
     * @param periods  T
     * @param products N
     * @param presence share of cells present, in (0, 1]
     * @param seed     the RNG seed
     * @return the panel
     */
    public static PricePanel panel(int periods, int products, double presence, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int cells = periods * products;
        double[] p = new double[cells];
        double[] q = new double[cells];
        boolean[] m = new boolean[cells];
        for (int c = 0; c < cells; c++) {
            m[c] = c % products == 0 || rng.nextDouble() < presence;
            if (m[c]) {
                p[c] = 0.5 + 2 * rng.nextDouble();
                q[c] = 1 + 10 * rng.nextDouble();
            }
        }
        List<String> ids = IntStream.range(0, products).mapToObj(i -> "p" + i).toList();
        return PricePanel.of(PricePanel.months(YearMonth.of(2024, 1), periods), ids, p, q, m);
    }

    /** @return the GEKS-Fisher levels */
    @Benchmark
    public double[] geksFisher() {
        return GeksIndex.FISHER.levels(panel);
    }

    /** @return the CCDI levels */
    @Benchmark
    public double[] ccdi() {
        return GeksIndex.CCDI.levels(panel);
    }

    /** @return the cost of copying the panel's arrays out, which every kernel pays */
    @Benchmark
    public double[] baseline() {
        return panel.prices();
    }
}
