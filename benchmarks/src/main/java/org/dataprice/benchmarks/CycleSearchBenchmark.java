package org.dataprice.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.money.Money;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.market.MarketGenerator;
import org.dataprice.supervision.market.MarketSpec;
import org.dataprice.supervision.pattern.CycleScreen;
import org.dataprice.supervision.pattern.OwnerLink;
import org.dataprice.supervision.pattern.OwnershipGroups;
import org.dataprice.supervision.pattern.TradeGraph;
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
 * Wash, circular and round-trip search: owner groups (union–find), the trade graph, Tarjan's components and the
 * bounded temporal cycle search ({@link CycleScreen#find} on {@link TradeGraph#of}), timed together.
 *
 * <p><b>Target (issue 15): cycle search on 10<sup>5</sup> parties and 10<sup>6</sup> deals ≤ 2 s</b>, single-threaded.
 *
 * <p>Markets ({@code market}): {@code generated} — the {@link MarketGenerator} market of {@link RuleScanBenchmark}
 * (sellers and buyers mostly distinct, brokers both, 10 planted incidents of each kind, its owner links);
 * {@code uniform} — the adversarial case: 10<sup>5</sup> parties that all buy and sell, 10<sup>6</sup> deals between
 * uniformly random pairs over 12 months, every amount equal (so the amount test prunes nothing and the whole graph
 * is one strongly connected component), 10 000 random owner links. Window 30 days, cycles of up to 4 deals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class CycleSearchBenchmark {
    /** Which market. */
    @Param({"generated", "uniform"})
    public String market;

    private List<MonitoredDeal> deals;
    private List<OwnerLink> links;

    /** Builds the market. */
    @Setup(Level.Trial)
    public void setUp() {
        if ("generated".equals(market)) {
            var m = MarketGenerator.DEFAULT.generate(MarketSpec.benchmark(20260115L));
            deals = m.deals();
            links = m.links();
            return;
        }
        SplittableRandom rng = new SplittableRandom(20260116L);
        int parties = 100_000;
        YearMonth start = YearMonth.of(2026, 1);
        long t0 = start.atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long span = 365L * 86_400;
        long[] times = new long[1_000_000];
        for (int i = 0; i < times.length; i++) {
            times[i] = t0 + (long) (rng.nextDouble() * span);
        }
        java.util.Arrays.sort(times);
        Money amount = Money.cny("1000.00");
        deals = new ArrayList<>(times.length);
        for (int i = 0; i < times.length; i++) {
            int s = rng.nextInt(parties);
            int b = (s + 1 + rng.nextInt(parties - 1)) % parties;
            Instant at = Instant.ofEpochSecond(times[i]);
            deals.add(new MonitoredDeal(String.format("D%07d", i), "L" + s, "P" + s, "P" + b, "cat",
                    YearMonth.from(at.atOffset(ZoneOffset.UTC)), at, amount, BigDecimal.ONE, null, null, null));
        }
        links = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int a = rng.nextInt(parties);
            links.add(new OwnerLink("P" + a, "P" + ((a + 1 + rng.nextInt(parties - 1)) % parties)));
        }
    }

    /** @return a trivial value, the harness overhead */
    @Benchmark
    public int baseline() {
        return deals.size();
    }

    /** @return the self-dealing, wash and round-trip alerts */
    @Benchmark
    public List<Alert> search() {
        return CycleScreen.EXAMPLE.find(TradeGraph.of(deals, OwnershipGroups.of(links)));
    }
}
