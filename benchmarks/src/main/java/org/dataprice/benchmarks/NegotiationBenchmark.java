package org.dataprice.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.AcceptanceCondition;
import org.dataprice.pricing.negotiation.AdditiveUtility;
import org.dataprice.pricing.negotiation.ConcessionCurve;
import org.dataprice.pricing.negotiation.NegotiationAgent;
import org.dataprice.pricing.negotiation.NegotiationDomain;
import org.dataprice.pricing.negotiation.NegotiationSimulator;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.TimeDependentTactic;
import org.dataprice.pricing.negotiation.TitForTatTactic;
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
 * Automated alternating-offers negotiations ({@link NegotiationSimulator#batch}).
 *
 * <p><b>Target (issue 5): 100,000 simulated 50-round negotiations ≤ 1 s</b>, on the project's 2-core
 * machine, using both cores deterministically (a parallel fork/join over independent negotiations, each
 * writing its own result slot).
 *
 * <p>Setup: a multi-issue domain of 21 prices × 4 licence terms × 3 scopes × 5 frequencies × 3 delivery
 * modes = 3,780 outcomes; agents drawn from a seeded generator (seed 20260105): time-dependent tactics
 * (polynomial and exponential, e ∈ [0.1, 3]) and tit-for-tat, AC_next or AC_combi. {@code mix = hardliner}
 * makes every negotiation run the full 50 rounds without agreement (the worst case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class NegotiationBenchmark {
    /** Number of negotiations per batch. */
    @Param({"100000"})
    public int negotiations;
    /** Deadline in offers. */
    @Param({"50"})
    public int rounds;
    /** Agent mix: {@code mixed} tactics, or {@code hardliner} (no agreement, all rounds). */
    @Param({"mixed", "hardliner"})
    public String mix;

    private NegotiationDomain domain;
    private List<NegotiationAgent> sellers;
    private List<NegotiationAgent> buyers;

    /** Builds the domain and the agents from a fixed seed. */
    @Setup(Level.Trial)
    public void setUp() {
        AdditiveUtility seller = new AdditiveUtility(0.6, 20, 100, 0.1, 36, 6, 0.2, List.of(1.0, 0.5, 0.0), 0.05,
                List.of(1.0, 0.8, 0.5, 0.3, 0.0), 0.05, List.of(0.2, 0.6, 1.0), 0.3, 0.95);
        AdditiveUtility buyer = new AdditiveUtility(0.5, 100, 20, 0.2, 6, 36, 0.1, List.of(0.0, 0.6, 1.0), 0.1,
                List.of(0.0, 0.3, 0.6, 0.8, 1.0), 0.1, List.of(0.2, 1.0, 0.6), 0.3, 0.95);
        domain = NegotiationDomain.of(Money.cny("20"), Money.cny("100"), 21, List.of(6, 12, 24, 36), seller, buyer);
        SplittableRandom rng = new SplittableRandom(20260105L);
        sellers = new ArrayList<>(negotiations);
        buyers = new ArrayList<>(negotiations);
        for (int i = 0; i < negotiations; i++) {
            sellers.add(agent(seller, rng));
            buyers.add(agent(buyer, rng));
        }
    }

    private NegotiationAgent agent(AdditiveUtility u, SplittableRandom rng) {
        if ("hardliner".equals(mix)) {
            return new NegotiationAgent(u, TimeDependentTactic.HARDLINER, AcceptanceCondition.NEXT);
        }
        double e = 0.1 + 2.9 * rng.nextDouble();
        int kind = rng.nextInt(4);
        var tactic = kind == 0 ? new TitForTatTactic(1)
                : new TimeDependentTactic(kind == 1 ? ConcessionCurve.EXPONENTIAL : ConcessionCurve.POLYNOMIAL, e,
                        kind == 1 ? 0.05 : 0);
        AcceptanceCondition ac = rng.nextBoolean() ? AcceptanceCondition.NEXT : AcceptanceCondition.combi(0.95, 0.5);
        return new NegotiationAgent(u, tactic, ac);
    }

    /** @return a trivial value, the harness overhead */
    @Benchmark
    public int baseline() {
        return negotiations;
    }

    /** @return the outcome codes of all negotiations */
    @Benchmark
    public long[] simulateBatch() {
        return NegotiationSimulator.DEFAULT.batch(domain, sellers, buyers, rounds, Role.SELLER);
    }
}
