package org.dataprice.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dataprice.error.CancelledException;
import org.dataprice.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Monte Carlo's {@link Progress} callback observes and may stop, nothing more: with any callback that returns the
 * values are bit-identical to the run without one (seeded cases, one and several threads), progress rises to N, and a
 * callback that throws {@link CancelledException} stops the run — no further chunk is evaluated on one thread.
 */
class ValuationMonteCarloProgressTest {

    private static SimulationInputs inputs(ValuationModel model, int draws, long seed, int threads) {
        return new SimulationInputs(model,
                List.of(new SimulationInput("a", new InputDistribution.Normal(10, 1)),
                        new SimulationInput("b", new InputDistribution.Triangular(1, 4, 9))),
                CorrelationMatrix.of(new double[][] {{1, 0.3}, {0.3, 1}}),
                MonteCarloSettings.of(draws, seed).withTarget(20).withThreads(threads));
    }

    private static final ValuationModel MODEL = new ValuationModel("m", List.of("a", "b"), "CNY",
            x -> x[0] * Math.log1p(x[1]) + x[1]);

    @ParameterizedTest(name = "draws {0}, seed {1}, threads {2}")
    @CsvSource({"2, 1, 1", "1023, 7, 1", "1025, 7, 1", "50000, 20261205, 1", "50000, 20261205, 3", "8193, -5, 2"})
    void test_run_bitIdenticalWithAndWithoutProgress(int draws, long seed, int threads) {
        SimulationInputs in = inputs(MODEL, draws, seed, threads);
        double[] plain = ValuationMonteCarlo.DEFAULT.simulate(in);
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        double[] observed = ValuationMonteCarlo.DEFAULT.simulate(in, (done, total) -> {
            assertThat(total).isEqualTo(draws);
            seen.add(done);
        });
        assertThat(observed).as("bit-identical values").isEqualTo(plain);
        SimulationResult a = ValuationMonteCarlo.DEFAULT.run(in);
        SimulationResult b = ValuationMonteCarlo.DEFAULT.run(in, (done, total) -> { });
        assertThat(Double.doubleToRawLongBits(b.mean())).isEqualTo(Double.doubleToRawLongBits(a.mean()));
        assertThat(Double.doubleToRawLongBits(b.standardDeviation())).isEqualTo(Double.doubleToRawLongBits(a.standardDeviation()));
        assertThat(b.percentiles()).isEqualTo(a.percentiles());
        assertThat(b.histogram()).isEqualTo(a.histogram());
        assertThat(b.explanation()).isEqualTo(a.explanation());
        int chunks = (draws + ValuationMonteCarlo.CHUNK - 1) / ValuationMonteCarlo.CHUNK;
        assertThat(seen).hasSize(chunks + 1).contains(0L, (long) draws);
        if (threads == 1) {
            assertThat(seen).isSorted();
        }
    }

    @Test
    void test_run_cancelledByProgressStopsTheWork() {
        AtomicLong evaluations = new AtomicLong();
        ValuationModel counting = new ValuationModel("m", List.of("a", "b"), "CNY", x -> {
            evaluations.incrementAndGet();
            return x[0] + x[1];
        });
        Progress stopAfterThreeChunks = (done, total) -> {
            if (done >= 3L * ValuationMonteCarlo.CHUNK) {
                throw new CancelledException("test");
            }
        };
        assertThatThrownBy(() -> ValuationMonteCarlo.DEFAULT.run(inputs(counting, 100_000, 1, 1), stopAfterThreeChunks))
                .isInstanceOf(CancelledException.class);
        assertThat(evaluations.get()).as("no chunk after the cancelling one").isEqualTo(3L * ValuationMonteCarlo.CHUNK);
    }

    @Test
    void test_run_cancelledOnSeveralThreadsStopsEarly() {
        AtomicLong evaluations = new AtomicLong();
        ValuationModel counting = new ValuationModel("m", List.of("a", "b"), "CNY", x -> {
            evaluations.incrementAndGet();
            return x[0] + x[1];
        });
        Progress stop = (done, total) -> {
            if (done > 0) {
                throw new CancelledException("test");
            }
        };
        assertThatThrownBy(() -> ValuationMonteCarlo.DEFAULT.run(inputs(counting, 100_000, 1, 3), stop))
                .isInstanceOf(CancelledException.class);
        // each of the 3 workers finishes at most the chunk it is in and may start one more before it sees the flag
        assertThat(evaluations.get()).isLessThanOrEqualTo(6L * ValuationMonteCarlo.CHUNK);
    }
}
