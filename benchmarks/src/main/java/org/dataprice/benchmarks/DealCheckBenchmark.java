package org.dataprice.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.market.MarketGenerator;
import org.dataprice.supervision.market.MarketSpec;
import org.dataprice.supervision.market.SimulatedMarket;
import org.dataprice.supervision.rule.MarketContext;
import org.dataprice.supervision.rule.RuleCheck;
import org.dataprice.supervision.rule.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The check of one deal as it is recorded ({@link RuleSet#check} against a {@link MarketContext} prepared from
 * 10<sup>6</sup> deals of history).
 *
 * <p><b>Target (issue 15): a rule check on a single deal within the deal's own request ≤ 1 ms.</b>
 *
 * <p>Setup: the {@link RuleScanBenchmark} market; the context is prepared from the first 999 000 deals and the
 * benchmark checks the last 1 000 in turn (the market's own mix of clean and anomalous deals, so alerts with their
 * explanations are built as often as the market has them).
 *
 * <p>{@link #prepareCellAndCheck} is what the service does inside a purchase (api {@code DealMonitoring} with
 * {@code MonitoredCells}): the context built from the deal's own cell, a sorted array of 20 000 log unit prices (the
 * most a cell keeps; the median and MAD cost O(n)), then the check — everything but the database read of the
 * deals committed since the cell was last looked at. Same target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class DealCheckBenchmark {
    private RuleSet rules;
    private MarketContext context;
    private List<MonitoredDeal> probes;
    private int next;
    private double[] busiestCell;

    /** Generates the market and prepares the context. */
    @Setup(Level.Trial)
    public void setUp() {
        SimulatedMarket m = MarketGenerator.DEFAULT.generate(MarketSpec.benchmark(20260115L));
        rules = RuleSet.example(MarketGenerator.REPORTING_THRESHOLD);
        int n = m.deals().size();
        context = rules.prepare(m.deals().subList(0, n - 1000), m.index());
        probes = new ArrayList<>(m.deals().subList(n - 1000, n));
        java.util.Random random = new java.util.Random(20260115L);
        busiestCell = new double[20_000];
        for (int i = 0; i < busiestCell.length; i++) {
            busiestCell[i] = Math.log(1_000) + 0.3 * random.nextGaussian();
        }
        java.util.Arrays.sort(busiestCell);
    }

    /** @return a trivial value, the harness overhead */
    @Benchmark
    public int baseline() {
        return probes.size();
    }

    /** @return the alerts of the next probe deal */
    @Benchmark
    public RuleCheck check() {
        MonitoredDeal d = probes.get(next);
        next = next + 1 == probes.size() ? 0 : next + 1;
        return rules.check(d, context);
    }

    /** @return the alerts of the next probe deal against a 20 000-deal cell prepared for it alone */
    @Benchmark
    public RuleCheck prepareCellAndCheck() {
        MonitoredDeal d = probes.get(next);
        next = next + 1 == probes.size() ? 0 : next + 1;
        return rules.check(d, rules.prepare(d.category(), d.month(), busiestCell, busiestCell.length, null,
                List.of()));
    }
}
