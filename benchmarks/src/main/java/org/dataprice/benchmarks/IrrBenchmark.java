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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Internal rate of return of a conventional project (one outlay, then seeded random inflows).
 *
 * <p><b>Target (issue 4):</b> IRR of 40 flows ≤ 2 µs ({@link #irrKernel}: bracketing by doubling or
 * halving 1 + r, then safeguarded Newton on Horner's rule). {@link #irrWithExplanation} measures the
 * full model call, for information.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class IrrBenchmark {
    /** Number of flows. */
    @Param({"40"})
    public int flows;

    private double[] amounts;
    private CashFlows cashFlows;

    /** Builds the flows from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        amounts = new double[flows];
        amounts[0] = -1_000_000;
        for (int i = 1; i < flows; i++) {
            amounts[i] = random.nextDouble(50_000, 150_000);
        }
        cashFlows = CashFlows.of(amounts);
    }

    /** @return the first flow, to measure the harness overhead */
    @Benchmark
    public double baseline() {
        return amounts[0];
    }

    /** @return the IRR from the primitive kernel: the 2 µs target */
    @Benchmark
    public double irrKernel() {
        return InternalRateOfReturn.DEFAULT.irr(amounts);
    }

    /** @return the full result with every root and the explanation */
    @Benchmark
    public IrrResult irrWithExplanation() {
        return InternalRateOfReturn.DEFAULT.irr(cashFlows);
    }
}
