package org.dataprice.benchmarks;

import java.util.concurrent.TimeUnit;
import org.dataprice.supervision.market.MarketGenerator;
import org.dataprice.supervision.market.MarketSpec;
import org.dataprice.supervision.market.SimulatedMarket;
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
 * The full supervision rule set in batch ({@link RuleSet#scan}): band, reference price, Hampel, index jump, volume
 * spike and threshold bunching over a history.
 *
 * <p><b>Target (issue 15): the full rule set over 10<sup>6</sup> deals ≤ 1 s</b>, single-threaded, on the project's
 * 2-core machine.
 *
 * <p>Setup: {@link MarketSpec#benchmark} (seed 20260115): 10 000 sellers, 85 000 buyers, 5 000 brokers (10<sup>5</sup>
 * parties), 50 categories, 12 months (600 cells of ≈ 1 700 deals), 10<sup>6</sup> ordinary deals plus 10 planted
 * incidents of each kind (≈ 1.05 × 10<sup>6</sup> deals in all: the 10 volume spikes add three months of deals to their cells); 70 % of the listings appraised, half with a reference price; the example rule set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class RuleScanBenchmark {
    private SimulatedMarket market;
    private RuleSet rules;

    /** Generates the market. */
    @Setup(Level.Trial)
    public void setUp() {
        market = MarketGenerator.DEFAULT.generate(MarketSpec.benchmark(20260115L));
        rules = RuleSet.example(MarketGenerator.REPORTING_THRESHOLD);
    }

    /** @return a trivial value, the harness overhead */
    @Benchmark
    public int baseline() {
        return market.deals().size();
    }

    /** @return the alerts and warnings of the whole history */
    @Benchmark
    public RuleCheck scan() {
        return rules.scan(market.deals(), market.index());
    }
}
