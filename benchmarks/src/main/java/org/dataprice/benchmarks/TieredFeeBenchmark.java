package org.dataprice.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.money.Money;
import org.dataprice.pricing.tariff.Tier;
import org.dataprice.pricing.tariff.TieredFeeSchedule;
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
 * The cumulative tiered fee kernel ({@link TieredFeeSchedule#fee(long)}): pre-computed cumulative fees at
 * the band starts and one binary search per call.
 *
 * <p><b>Target (issue 5): a tiered fee for any volume ≤ 100 ns.</b>
 *
 * <p>Setup: {@code tiers} bands with starts 0, 10⁴, 2·10⁴, … and falling unit prices; 4,096 volumes drawn
 * from a seeded generator (seed 65) over the whole range, cycled through so the branch predictor cannot
 * learn one band.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class TieredFeeBenchmark {
    /** Number of bands. */
    @Param({"4", "64", "1024"})
    public int tiers;

    private TieredFeeSchedule schedule;
    private long[] volumes;
    private int next;

    /** Builds the schedule and the volumes from a fixed seed. */
    @Setup(Level.Trial)
    public void setUp() {
        List<Tier> bands = new ArrayList<>();
        for (int k = 0; k < tiers; k++) {
            bands.add(new Tier(10_000L * k, BigDecimal.valueOf(10_000 - k, 4)));
        }
        schedule = TieredFeeSchedule.of(Money.CNY, bands);
        SplittableRandom rng = new SplittableRandom(65);
        volumes = new long[4096];
        for (int i = 0; i < volumes.length; i++) {
            volumes[i] = rng.nextLong(10_000L * tiers + 50_000);
        }
    }

    /** @return the next volume, the harness and array-access overhead */
    @Benchmark
    public long baseline() {
        return volumes[next++ & 4095];
    }

    /** @return the fee for the next volume */
    @Benchmark
    public double fee() {
        return schedule.fee(volumes[next++ & 4095]);
    }
}
