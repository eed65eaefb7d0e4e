package org.dataprice.api.finance;

import org.dataprice.error.CalculationException;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JsonFields#rename}: same kind, rule and reason, only the field changes. */
class JsonFieldsTest {
    @Test
    void test_rename_invalidInput() {
        DatapriceException e = JsonFields.rename(new InvalidInputException("price", 70.0, Rule.OUT_OF_RANGE, "(0, 60)"),
                "price", "marketPrice");

        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.field()).isEqualTo("marketPrice");
        assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
        assertThat(e.getMessage()).isEqualTo("marketPrice must be in (0, 60), was 70.0");
    }

    @Test
    void test_rename_calculation() {
        DatapriceException solution = JsonFields.rename(CalculationException.noSolution("flows", "never changes sign"),
                "flows", "amounts");
        DatapriceException convergence = JsonFields.rename(CalculationException.noConvergence("volatility", 200, 1e-12),
                "volatility", "marketPrice");

        assertThat(solution.field()).isEqualTo("amounts");
        assertThat(solution.getMessage())
                .isEqualTo(CalculationException.noSolution("amounts", "never changes sign").getMessage());
        assertThat(convergence.getMessage())
                .isEqualTo(CalculationException.noConvergence("marketPrice", 200, 1e-12).getMessage());
    }

    @Test
    void test_rename_otherFieldOrKind_unchanged() {
        InvalidInputException other = new InvalidInputException("spot", -1.0, Rule.GREATER_THAN, 0);
        LimitExceededException limit = new LimitExceededException("price", 2, 1, "");

        assertThat(JsonFields.rename(other, "price", "marketPrice")).isSameAs(other);
        assertThat(JsonFields.rename(limit, "price", "marketPrice")).isSameAs(limit);
    }
}
