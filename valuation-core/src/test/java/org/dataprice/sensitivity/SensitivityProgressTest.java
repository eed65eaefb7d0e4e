package org.dataprice.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.dataprice.error.CancelledException;
import org.dataprice.progress.Progress;
import org.dataprice.simulation.ValuationModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sensitivity loops' {@link Progress} callback observes and may stop, nothing more: over seeded random models the
 * tornado, the two-way table and the scenarios equal (record equality, i.e. every double bit for bit and the same
 * explanation) the results without a callback; progress starts at 0 and ends at its total; a callback that throws
 * {@link CancelledException} stops the loop with no further model evaluation.
 */
class SensitivityProgressTest {

    private record Recorder(List<long[]> calls) implements Progress {
        Recorder() {
            this(new ArrayList<>());
        }

        @Override
        public void advance(long done, long total) {
            calls.add(new long[] {done, total});
        }

        void assertRisesToTotal(long total) {
            assertThat(calls.get(0)).containsExactly(0, total);
            assertThat(calls.get(calls.size() - 1)).containsExactly(total, total);
            for (int i = 1; i < calls.size(); i++) {
                assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
            }
        }
    }

    private static ValuationModel model(double[] coef, AtomicLong evaluations) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < coef.length; i++) {
            names.add("x" + i);
        }
        return new ValuationModel("nonlinear", names, "CNY", x -> {
            evaluations.incrementAndGet();
            double s = 0;
            for (int i = 0; i < coef.length; i++) {
                s += coef[i] * x[i] * Math.exp(0.1 * x[(i + 1) % coef.length]);
            }
            return s;
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void test_compute_bitIdenticalWithAndWithoutProgress(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = 2 + random.nextInt(6);
        double[] coef = new double[k];
        List<Double> base = new ArrayList<>();
        List<InputRange> ranges = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            coef[i] = random.nextDouble(-5, 5);
            double b = random.nextDouble(-1, 1);
            base.add(b);
            ranges.add(new InputRange("x" + i, b - random.nextDouble(0.01, 1), b + random.nextDouble(0.01, 1)));
        }
        BaseCase baseCase = new BaseCase(model(coef, new AtomicLong()), base);

        TornadoInputs t = new TornadoInputs(baseCase, ranges);
        Recorder tr = new Recorder();
        assertThat(Tornado.DEFAULT.compute(t, tr)).isEqualTo(Tornado.DEFAULT.compute(t));
        tr.assertRisesToTotal(1 + 2L * k);

        List<Double> rows = new ArrayList<>();
        List<Double> cols = new ArrayList<>();
        for (int i = 0; i < 3 + random.nextInt(8); i++) {
            rows.add(random.nextDouble(-2, 2));
            cols.add(random.nextDouble(-2, 2));
        }
        TwoWayInputs w = new TwoWayInputs(baseCase, "x0", rows, "x1", cols);
        Recorder wr = new Recorder();
        TwoWayTable table = TwoWayAnalysis.DEFAULT.compute(w, wr);
        assertThat(table).isEqualTo(TwoWayAnalysis.DEFAULT.compute(w));
        wr.assertRisesToTotal((long) table.rowValues().size() * table.columnValues().size());

        ScenarioInputs s = new ScenarioInputs(baseCase, List.of(new Scenario("low", 0.3, Map.of("x0", -1.0)),
                new Scenario("base", 0.4, Map.of()), new Scenario("high", 0.3, Map.of("x1", random.nextDouble(0, 3)))));
        Recorder sr = new Recorder();
        assertThat(ScenarioAnalysis.DEFAULT.compute(s, sr)).isEqualTo(ScenarioAnalysis.DEFAULT.compute(s));
        sr.assertRisesToTotal(4);
    }

    @Test
    void test_twoWay_cancelStopsAfterTheRow() {
        AtomicLong evaluations = new AtomicLong();
        BaseCase baseCase = new BaseCase(model(new double[] {1, 2}, evaluations), List.of(0.0, 0.0));
        List<Double> axis = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            axis.add((double) i);
        }
        TwoWayInputs w = new TwoWayInputs(baseCase, "x0", axis, "x1", axis);
        Progress stopAfterTwoRows = (done, total) -> {
            if (done >= 2 * 101) {
                throw new CancelledException("test");
            }
        };
        assertThatThrownBy(() -> TwoWayAnalysis.DEFAULT.compute(w, stopAfterTwoRows)).isInstanceOf(CancelledException.class);
        assertThat(evaluations.get()).as("two rows of 101 cells, then nothing").isEqualTo(2 * 101);
    }

    @Test
    void test_tornadoAndScenarios_cancelStopsAtOnce() {
        AtomicLong evaluations = new AtomicLong();
        BaseCase baseCase = new BaseCase(model(new double[] {1, 2}, evaluations), List.of(0.0, 0.0));
        Progress stopAtFirstReport = (done, total) -> {
            if (done > 0) {
                throw new CancelledException("test");
            }
        };
        assertThatThrownBy(() -> Tornado.DEFAULT.compute(new TornadoInputs(baseCase,
                List.of(new InputRange("x0", -1, 1), new InputRange("x1", -1, 1))), stopAtFirstReport))
                .isInstanceOf(CancelledException.class);
        assertThat(evaluations.get()).as("only the base case").isEqualTo(1);
        evaluations.set(0);
        assertThatThrownBy(() -> ScenarioAnalysis.DEFAULT.compute(new ScenarioInputs(baseCase,
                List.of(new Scenario("a", 0.5, Map.of()), new Scenario("b", 0.5, Map.of()))), stopAtFirstReport))
                .isInstanceOf(CancelledException.class);
        assertThat(evaluations.get()).as("only the base case").isEqualTo(1);
    }
}
