package org.dataprice.simulation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dataprice.error.DatapriceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid-input case per remaining validation rule of the simulation inputs: exception type and field. */
class SimulationValidationTest {

    static Stream<Arguments> cases() {
        Map<String, Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("histogramBins", () -> new MonteCarloSettings(10, 1, 1, List.of(), 0, OptionalDouble.empty(), 100));
        m.put("maxDraws", () -> new MonteCarloSettings(10, 1, 1, List.of(), 10, OptionalDouble.empty(), 1));
        m.put("target", () -> MonteCarloSettings.of(10, 1).withTarget(Double.NaN));
        m.put("name", () -> new ValuationModel(" ", List.of("a"), "", x -> 0));
        m.put("inputNames", () -> new ValuationModel("m", List.of(), "", x -> 0));
        m.put("function", () -> new ValuationModel("m", List.of("a"), "", null));
        m.put("distribution", () -> new SimulationInput("a", null));
        m.put("mean", () -> new InputDistribution.Normal(Double.POSITIVE_INFINITY, 1));
        m.put("min", () -> new InputDistribution.Triangular(Double.NaN, 0, 1));
        m.put("values", () -> SortedSample.of(new double[0]).size());
        m.put("p", () -> SortedSample.of(new double[] {1}).quantile(-0.1));
        return m.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_constructor_invalidField(String field, Supplier<Object> construct) {
        assertThatThrownBy(construct::get).isInstanceOf(DatapriceException.class)
                .extracting("field").asString().startsWith(field);
    }
}
