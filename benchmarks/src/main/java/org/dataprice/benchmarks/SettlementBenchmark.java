package org.dataprice.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.money.Money;
import org.dataprice.split.payout.DividendBasis;
import org.dataprice.split.payout.LossPolicy;
import org.dataprice.split.payout.PartyLimit;
import org.dataprice.split.payout.PartyWeight;
import org.dataprice.split.payout.PayoutSchedule;
import org.dataprice.split.payout.Period;
import org.dataprice.split.payout.ScheduleResult;
import org.dataprice.split.payout.SettlementTerms;
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
 * A multi-period settlement ({@code PayoutSchedule.settle}) of 10,000 parties × 13 periods: dividends pro
 * rata to integer weights, and in the {@code limits} case a floor and a cap on every tenth party, so the
 * variable-fixing rounds run too.
 *
 * <p><b>Target (issue 10): the whole {@code POST /v1/settlements} at this size in ≤ 1 s and ≤ 512 MB heap</b>
 * (computation plus persistence; the API path is measured by {@code benchmarks/load/SettlementLoad.java}).
 * The core's share here: ≤ 300 ms in a 512 MB heap (the fork's heap is pinned to 512 MB, so a run that
 * needed more would fail). {@code baseline} builds the periods' terms, the least a settlement must do.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SettlementBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SettlementBenchmark {
    /** Number of parties. */
    @Param({"10000"})
    public int parties;
    /** Number of periods. */
    @Param({"13"})
    public int periods;
    /** Whether every tenth party has a floor and a cap. */
    @Param({"false", "true"})
    public boolean limits;

    private List<Period> schedule;

    /** Draws the weights from a fixed seed. */
    @Setup
    public void setUp() {
        schedule = periods();
    }

    private List<Period> periods() {
        Currency cny = Currency.getInstance("CNY");
        SplittableRandom rng = new SplittableRandom(20261201L);
        List<Period> out = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            List<PartyWeight> w = new ArrayList<>(parties);
            List<PartyLimit> lim = new ArrayList<>();
            for (int i = 0; i < parties; i++) {
                w.add(new PartyWeight("party-" + i, BigDecimal.valueOf(1 + rng.nextInt(1000))));
                if (limits && i % 10 == 0) {
                    lim.add(new PartyLimit("party-" + i, Money.cny("50.00"), Optional.of(Money.cny("500.00"))));
                }
            }
            SettlementTerms terms = new SettlementTerms(List.of(), List.of(), new DividendBasis(w, "pro rata"), lim,
                    LossPolicy.SHARE);
            out.add(new Period("2025-P" + p, Money.cny("1000000.00"), terms));
        }
        return out;
    }

    /** @return the periods, built */
    @Benchmark
    public List<Period> baseline() {
        return periods();
    }

    /** @return the settlements */
    @Benchmark
    public ScheduleResult settle() {
        return PayoutSchedule.DEFAULT.settle(schedule);
    }
}
