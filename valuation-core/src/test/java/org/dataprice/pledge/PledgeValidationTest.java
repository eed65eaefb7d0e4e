package org.dataprice.pledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid-input case per remaining validation rule of the pledge inputs: exception type and field. */
class PledgeValidationTest {
    private static final Money ONE = Money.cny("1.00");

    static Stream<Arguments> cases() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("maxLtv", () -> new PledgePolicy(0.5, 0.25, 1.5, 0.8, 60, 0.8, 0.5, 0.85, 12, ONE));
        m.put("costBaseLtv", () -> new PledgePolicy(0.5, 0, 0.6, 0.8, 60, 0.8, 0.5, 0.85, 12, ONE));
        m.put("weakQualityThreshold", () -> new PledgePolicy(0.5, 0.25, 0.6, 0.8, 101, 0.8, 0.5, 0.85, 12, ONE));
        m.put("weakQualityFactor", () -> new PledgePolicy(0.5, 0.25, 0.6, 0.8, 60, 0, 0.5, 0.85, 12, ONE));
        m.put("concentrationThreshold", () -> new PledgePolicy(0.5, 0.25, 0.6, 0.8, 60, 0.8, -0.1, 0.85, 12, ONE));
        m.put("concentrationFactor", () -> new PledgePolicy(0.5, 0.25, 0.6, 0.8, 60, 0.8, 0.5, 2, 12, ONE));
        m.put("maxTermMonths", () -> new PledgePolicy(0.5, 0.25, 0.6, 0.8, 60, 0.8, 0.5, 0.85, 0, ONE));
        m.put("collateral", () -> new LoanLimitInputs(ONE, null, true, 50, 0.1, 12, 12, Optional.empty()));
        m.put("stressedValue.value", () -> new LoanLimitInputs(ONE, CollateralClass.COST_APPROACH_ONLY, true, 50, 0.1,
                12, 12, Optional.of(new StressedValue(0.05, Money.of("1.00", Currency.getInstance("USD"))))));
        m.put("value", () -> new StressedValue(0.05, Money.cny("-1.00")));
        m.put("factor", () -> new Haircut("x", 1.5, "r"));
        return m.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_constructor_invalidField(String field, Supplier<Object> construct) {
        assertThatThrownBy(construct::get).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field);
    }
}
