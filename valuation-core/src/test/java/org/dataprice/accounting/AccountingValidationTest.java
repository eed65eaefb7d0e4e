package org.dataprice.accounting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid-input case per remaining validation rule of the accounting inputs: exception type and field. */
class AccountingValidationTest {
    private static final Money USD = Money.of("1.00", Currency.getInstance("USD"));
    private static final Money ONE = Money.cny("1.00");
    private static final Money ZERO = Money.cny("0");

    static Stream<Arguments> cases() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("residualValue", () -> new AmortisationInputs(ONE, USD, YearMonth.of(2024, 1), 1,
                AmortisationMethod.STRAIGHT_LINE, List.of()));
        m.put("cost", () -> AmortisationInputs.straightLine(Money.of(new java.math.BigDecimal("1.005"), Money.CNY, 3,
                java.math.RoundingMode.UNNECESSARY), YearMonth.of(2024, 1), 1));
        m.put("cashFlows[1]", () -> ValueInUse.presentValue(List.of(ONE, USD), 0.1, java.math.RoundingMode.HALF_EVEN));
        m.put("firstMonth", () -> AmortisationInputs.straightLine(ONE, null, 1));
        m.put("method", () -> new AmortisationInputs(ONE, ZERO, YearMonth.of(2024, 1), 1, null, List.of()));
        m.put("fairValue", () -> new ImpairmentInputs(ONE, Optional.of(USD), ZERO, Optional.empty(), ZERO,
                YearMonth.of(2024, 1), 0, ZERO));
        m.put("accumulatedImpairment", () -> new ImpairmentInputs(ONE, Optional.of(ONE), ZERO, Optional.empty(),
                Money.cny("-1"), YearMonth.of(2024, 1), 0, ZERO));
        m.put("testMonth", () -> new ImpairmentInputs(ONE, Optional.of(ONE), ZERO, Optional.empty(), ZERO, null, 0, ZERO));
        m.put("remainingLifeMonths", () -> new ImpairmentInputs(ONE, Optional.of(ONE), ZERO, Optional.empty(), ZERO,
                YearMonth.of(2024, 1), -1, ZERO));
        m.put("costsToComplete", () -> new InventoryValuationInputs(ONE, ONE, USD, ZERO, ZERO));
        m.put("sellingCostsAndTaxes", () -> new InventoryValuationInputs(ONE, ONE, ZERO, Money.cny("-1"), ZERO));
        m.put("cost ", () -> new InventoryValuationInputs(Money.cny("-1"), ONE, ZERO, ZERO, ZERO));
        m.put("description", () -> new CostItem(" ", CostCategory.TAXES, DevelopmentPhase.NOT_APPLICABLE,
                LocalDate.of(2024, 1, 1), ONE));
        m.put("incurredOn", () -> new CostItem("x", CostCategory.TAXES, DevelopmentPhase.NOT_APPLICABLE, null, ONE));
        m.put("intendedUse", () -> new DataResource("x", null, AcquisitionMode.OUTSOURCED, true,
                DevelopmentCriteria.NONE_MET, List.of(), Money.CNY));
        m.put("cashFlows", () -> ValueInUse.presentValue(List.of(), 0.1, java.math.RoundingMode.HALF_EVEN));
        return m.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_constructor_invalidField(String field, Supplier<Object> construct) {
        assertThatThrownBy(construct::get).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field.trim());
    }
}
