package org.dataprice.sensitivity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dataprice.error.InvalidInputException;
import org.dataprice.simulation.ValuationModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid-input case per remaining validation rule of the sensitivity inputs: exception type and field. */
class SensitivityValidationTest {
    private static final ValuationModel M = new ValuationModel("m", List.of("a", "b"), "", x -> x[0] + x[1]);
    private static final BaseCase BASE = new BaseCase(M, List.of(1.0, 2.0));

    static Stream<Arguments> cases() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("values[1]", () -> new BaseCase(M, List.of(1.0, Double.NaN)));
        m.put("low", () -> new InputRange("a", Double.NEGATIVE_INFINITY, 1));
        m.put("ranges", () -> new TornadoInputs(BASE, List.of()));
        m.put("rowInput", () -> new TwoWayInputs(BASE, "zzz", List.of(1.0), "b", List.of(1.0)));
        m.put("columnValues[0]", () -> new TwoWayInputs(BASE, "a", List.of(1.0), "b", List.of(Double.NaN)));
        m.put("rowValues", () -> new TwoWayInputs(BASE, "a", List.of(), "b", List.of(1.0)));
        Map<String, Double> nan = new HashMap<>();
        nan.put("a", Double.NaN);
        m.put("overrides[a]", () -> new Scenario("s", 1, nan));
        m.put("name", () -> new Scenario(" ", 1, Map.of()));
        m.put("scenarios", () -> new ScenarioInputs(BASE, List.of()));
        return m.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_constructor_invalidField(String field, Supplier<Object> construct) {
        assertThatThrownBy(construct::get).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field);
    }
}
