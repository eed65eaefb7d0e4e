package org.dataprice.index.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one bound of a trade's size: each row of the edge-case table of {@link TradeValueBound}. */
class TradeValueBoundTest {

    @ParameterizedTest(name = "price {0} × quantity {1} → {2}")
    @CsvSource({
            "10, 2, ",
            "1e15, 1, ",
            "1, 1e15, ",
            "1e-150, 1e-150, ",
            "1e-200, 1e-200, price × quantity = 0.0 must be a positive normal",
            "1e8, 1e8, price × quantity = 1.0E16 must be at most 1e15",
            "1.0000000000000002e15, 1, price must be at most 1e15",
            "1, 2e15, quantity must be at most 1e15",
            "1e308, 1, price must be at most 1e15",
            "0, 1, price must be a finite number > 0, was 0.0",
            "-1, 1, price must be a finite number > 0",
            "NaN, 1, price must be a finite number > 0, was NaN",
            "Infinity, 1, price must be a finite number > 0, was Infinity",
            "1, 0, quantity must be a finite number > 0",
            "1, NaN, quantity must be a finite number > 0",
    })
    void test_violation_table(double price, double quantity, String expected) {
        if (expected == null) {
            assertThat(TradeValueBound.violation(price, quantity)).isEmpty();
        } else {
            assertThat(TradeValueBound.violation(price, quantity)).hasValueSatisfying(v -> assertThat(v).startsWith(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"1e8, 1e8, p", "1, 2e15, q", "2e15, 1, p", "1e-200, 1e-200, p"})
    void test_require_namesTheFieldAtFault(double price, double quantity, String field) {
        assertThatThrownBy(() -> TradeValueBound.require(price, quantity, "p", "q"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
                });
    }
}
