package org.dataprice.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dataprice.finance.cashflow.CashFlows;
import org.dataprice.finance.cashflow.InternalRateOfReturn;
import org.dataprice.finance.cashflow.IrrResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The most expensive IRR request accepted: {@link CashFlows#MAX_FLOWS} flows of seeded random sign
 * and size, so that the multiple-root scan is extended by the root bounds to its full 3,000
 * intervals (NPV, NPV' and Σ|c_i|(1+r)^−t_i at every grid point, extrema located, brackets solved).
 *
 * <p><b>Target (issue 11):</b> ≤ 3 s per call on one core, so that a request's time stays bounded
 * (the scan before issue 11 had 1,000 intervals and took 0.4–0.9 s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class IrrWorstCaseBenchmark {
    private CashFlows cashFlows;

    /** Builds the flows from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        double[] amounts = new double[CashFlows.MAX_FLOWS];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = random.nextDouble(-1, 1);
        }
        cashFlows = CashFlows.of(amounts);
    }

    /** @return every root of 100,000 random-signed flows, with the explanation and warnings */
    @Benchmark
    public IrrResult irrMaxFlows() {
        return InternalRateOfReturn.DEFAULT.irr(cashFlows);
    }
}
