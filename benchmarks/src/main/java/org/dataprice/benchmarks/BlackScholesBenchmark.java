package org.dataprice.benchmarks;

import java.util.concurrent.TimeUnit;
import org.dataprice.finance.option.BlackScholes;
import org.dataprice.finance.option.BlackScholesInputs;
import org.dataprice.finance.option.BlackScholesResult;
import org.dataprice.finance.option.OptionType;
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
 * Black–Scholes–Merton price with all five greeks.
 *
 * <p><b>Target (issue 4):</b> BSM price with all greeks ≤ 150 ns ({@link #priceAndGreeks}, the
 * allocation-free kernel). {@link #priceWithExplanation} measures the full model call with its
 * explanation, for information.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class BlackScholesBenchmark {
    /** Moneyness K/S of the option. */
    @Param({"0.8", "1.0", "1.2"})
    public double moneyness;

    private double spot;
    private double strike;
    private final double[] out = new double[6];
    private BlackScholesInputs inputs;

    /** Prepares the inputs. */
    @Setup
    public void setUp() {
        spot = 100;
        strike = 100 * moneyness;
        inputs = new BlackScholesInputs(OptionType.CALL, spot, strike, 0.05, 0.02, 0.2, 1);
    }

    /** @return the spot, to measure the harness overhead */
    @Benchmark
    public double baseline() {
        return spot;
    }

    /** @return the price after filling the greeks: the kernel under the 150 ns target */
    @Benchmark
    public double priceAndGreeks() {
        BlackScholes.priceAndGreeks(true, spot, strike, 0.05, 0.02, 0.2, 1, out);
        return out[BlackScholes.PRICE] + out[BlackScholes.RHO];
    }

    /** @return the full result with its explanation */
    @Benchmark
    public BlackScholesResult priceWithExplanation() {
        return BlackScholes.DEFAULT.price(inputs);
    }
}
