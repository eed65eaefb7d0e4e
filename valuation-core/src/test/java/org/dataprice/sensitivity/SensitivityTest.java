package org.dataprice.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Rule;
import org.dataprice.simulation.ValuationModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tornado, two-way and scenario analyses; expected values recomputed by hand in the comments. */
class SensitivityTest {
    private static final double TOLERANCE = 1e-12;

    private static final ValuationModel LINEAR = new ValuationModel("linear", List.of("a", "b", "c"), "CNY",
            x -> 3 * x[0] + x[1] - 10 * x[2]);
    private static final ValuationModel PRODUCT = new ValuationModel("product", List.of("a", "b"), "CNY",
            x -> x[0] * x[1]);

    @Test
    void test_tornado_sortedBySwingWithStableTies() {
        // V = 3a + b − 10c at (1, 1, 1) = −6. Swings: a ∈ [0, 2] → 6; b ∈ [0, 2] → 2; c ∈ [0.9, 1.1] → 2.
        TornadoInputs in = new TornadoInputs(new BaseCase(LINEAR, List.of(1.0, 1.0, 1.0)), List.of(
                new InputRange("b", 0, 2), new InputRange("c", 0.9, 1.1), new InputRange("a", 0, 2)));
        TornadoResult r = Tornado.DEFAULT.compute(in);
        assertThat(r.baseValue()).isEqualTo(-6);
        assertThat(r.bars()).extracting(TornadoBar::name).containsExactly("a", "b", "c");
        assertThat(r.bars().get(0).swing()).isCloseTo(6, offset(TOLERANCE));
        assertThat(r.bars().get(2).valueAtLow()).isCloseTo(-5, offset(TOLERANCE)); // 3 + 1 − 9
        assertThat(r.bars().get(2).valueAtHigh()).isCloseTo(-7, offset(TOLERANCE)); // 3 + 1 − 11
        assertThat(r.explanation().resultStep().key()).isEqualTo(SensitivitySteps.BASE_VALUE);
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.baseValue());
    }

    /** Property: tornado bars are sorted by swing, and each swing is |coefficient|·(high − low). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void test_tornado_sortedBySwingProperty(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = 2 + random.nextInt(8);
        double[] coef = new double[k];
        List<String> names = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<InputRange> ranges = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            coef[i] = random.nextDouble(-5, 5);
            names.add("x" + i);
            double b = random.nextDouble(-1, 1);
            base.add(b);
            ranges.add(new InputRange("x" + i, b - random.nextDouble(0.01, 1), b + random.nextDouble(0.01, 1)));
        }
        ValuationModel model = new ValuationModel("linear", names, "", x -> {
            double s = 0;
            for (int i = 0; i < coef.length; i++) {
                s += coef[i] * x[i];
            }
            return s;
        });
        TornadoResult r = Tornado.DEFAULT.compute(new TornadoInputs(new BaseCase(model, base), ranges));
        for (int j = 1; j < r.bars().size(); j++) {
            assertThat(r.bars().get(j).swing()).isLessThanOrEqualTo(r.bars().get(j - 1).swing());
        }
        for (TornadoBar bar : r.bars()) {
            int i = Integer.parseInt(bar.name().substring(1));
            assertThat(bar.swing()).isCloseTo(Math.abs(coef[i]) * (bar.highInput() - bar.lowInput()), offset(1e-9));
        }
    }

    @Test
    void test_inputRange_ofPercentiles() {
        // Triangular(0, 1, 2): Q(0.125) = 0.5 and, by symmetry, Q(0.875) = 1.5
        InputRange r = InputRange.ofPercentiles("a", new org.dataprice.simulation.InputDistribution.Triangular(0, 1, 2),
                0.125, 0.875);
        assertThat(r.low()).isCloseTo(0.5, offset(TOLERANCE));
        assertThat(r.high()).isCloseTo(1.5, offset(TOLERANCE));
        assertThatThrownBy(() -> InputRange.ofPercentiles("a", new org.dataprice.simulation.InputDistribution.Uniform(0, 1),
                0.9, 0.1)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("highP");
    }

    @Test
    void test_twoWay_baseCellInsertedAndMarked() {
        // V = a·b, base (2, 3): rows {1, 3} ∪ {2}; columns {4, 3} sorted, base 3 present.
        TwoWayTable t = TwoWayAnalysis.DEFAULT.compute(new TwoWayInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)),
                "a", List.of(3.0, 1.0), "b", List.of(4.0, 3.0, 4.0)));
        assertThat(t.rowValues()).containsExactly(1.0, 2.0, 3.0);
        assertThat(t.columnValues()).containsExactly(3.0, 4.0);
        assertThat(t.baseRow()).isEqualTo(1);
        assertThat(t.baseColumn()).isEqualTo(0);
        assertThat(t.baseValue()).isEqualTo(6);
        assertThat(t.value(0, 1)).isEqualTo(4);
        assertThat(t.value(2, 1)).isEqualTo(12);
        assertThat(t.explanation().resultStep().result().doubleValue()).isEqualTo(t.baseValue());
    }

    @Test
    void test_scenarios_probabilityWeightedValue() {
        // V = a·b, base (2, 3) = 6. pessimistic a = 1 → 3 (p 0.25); base → 6 (p 0.5); optimistic a = b = 4 → 16 (p 0.25).
        // E[V] = 0.75 + 3 + 4 = 7.75; Var = 0.25·4.75² + 0.5·1.75² + 0.25·8.25² = 24.1875.
        ScenarioTable t = ScenarioAnalysis.DEFAULT.compute(new ScenarioInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)),
                List.of(new Scenario("pessimistic", 0.25, Map.of("a", 1.0)), new Scenario("base", 0.5, Map.of()),
                        new Scenario("optimistic", 0.25, Map.of("a", 4.0, "b", 4.0)))));
        assertThat(t.baseValue()).isEqualTo(6);
        assertThat(t.rows()).extracting(ScenarioRow::value).containsExactly(3.0, 6.0, 16.0);
        assertThat(t.weightedValue()).isCloseTo(7.75, offset(TOLERANCE));
        assertThat(t.standardDeviation()).isCloseTo(Math.sqrt(24.1875), offset(TOLERANCE));
        assertThat(t.explanation().resultStep().key()).isEqualTo(SensitivitySteps.WEIGHTED_VALUE);
        assertThat(t.explanation().resultStep().result().doubleValue()).isEqualTo(t.weightedValue());
    }

    @Test
    void test_scenarios_probabilitiesNotSummingToOne() {
        assertThatThrownBy(() -> new ScenarioInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)),
                List.of(new Scenario("a", 0.5, Map.of()), new Scenario("b", 0.4, Map.of()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.SUM_MISMATCH))
                .extracting("field").isEqualTo("scenarios");
    }

    @Test
    void test_scenarios_unknownOverride() {
        assertThatThrownBy(() -> new ScenarioInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)),
                List.of(new Scenario("a", 1, Map.of("zzz", 1.0))))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("scenarios[0].overrides");
    }

    @Test
    void test_scenarios_duplicateName() {
        assertThatThrownBy(() -> new ScenarioInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)),
                List.of(new Scenario("a", 0.5, Map.of()), new Scenario("a", 0.5, Map.of()))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("scenarios[1].name");
    }

    @Test
    void test_scenario_probabilityOutOfRange() {
        assertThatThrownBy(() -> new Scenario("a", 1.2, Map.of())).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("probability");
    }

    @Test
    void test_inputRange_highNotAboveLow() {
        assertThatThrownBy(() -> new InputRange("a", 1, 1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("high");
    }

    @Test
    void test_tornado_unknownInput() {
        assertThatThrownBy(() -> new TornadoInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)),
                List.of(new InputRange("zzz", 0, 1)))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("ranges[0].name");
    }

    @Test
    void test_tornado_duplicateInput() {
        assertThatThrownBy(() -> new TornadoInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)),
                List.of(new InputRange("a", 0, 1), new InputRange("a", 0, 2)))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("ranges[1].name");
    }

    @Test
    void test_baseCase_sizeMismatch() {
        assertThatThrownBy(() -> new BaseCase(PRODUCT, List.of(2.0))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("values");
    }

    @Test
    void test_twoWay_sameInputTwice() {
        assertThatThrownBy(() -> new TwoWayInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)), "a", List.of(1.0), "a",
                List.of(1.0))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("columnInput");
    }

    @Test
    void test_twoWay_axisTooLong() {
        List<Double> many = new ArrayList<>();
        for (int i = 0; i <= TwoWayAnalysis.MAX_AXIS; i++) {
            many.add((double) i);
        }
        assertThatThrownBy(() -> new TwoWayInputs(new BaseCase(PRODUCT, List.of(2.0, 3.0)), "a", many, "b",
                List.of(1.0))).isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("rowValues");
    }
}
