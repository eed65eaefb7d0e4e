package org.dataprice.api.json;

import org.dataprice.error.CalculationException;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CoreFields}: same kind, rule, value and reason; only the field becomes the request's JSON path. */
class CoreFieldsTest {
    @Test
    void test_rename_invalidInput() {
        DatapriceException e = CoreFields.rename(new InvalidInputException("price", 70.0, Rule.OUT_OF_RANGE, "(0, 60)"),
                "price", "marketPrice");

        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.field()).isEqualTo("marketPrice");
        assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
        assertThat(e.getMessage()).isEqualTo("marketPrice must be in (0, 60), was 70.0");
    }

    @Test
    void test_rename_calculation() {
        DatapriceException solution = CoreFields.rename(CalculationException.noSolution("flows", "never changes sign"),
                "flows", "amounts");
        DatapriceException convergence = CoreFields.rename(CalculationException.noConvergence("volatility", 200, 1e-12),
                "volatility", "marketPrice");

        assertThat(solution.field()).isEqualTo("amounts");
        assertThat(solution.getMessage())
                .isEqualTo(CalculationException.noSolution("amounts", "never changes sign").getMessage());
        assertThat(convergence.getMessage())
                .isEqualTo(CalculationException.noConvergence("marketPrice", 200, 1e-12).getMessage());
    }

    @Test
    void test_rename_limit() {
        DatapriceException e = CoreFields.rename(new LimitExceededException("judgements", 16, 15, "split"), "judgements", "matrix");

        assertThat(e).isInstanceOf(LimitExceededException.class);
        assertThat(e.getMessage()).isEqualTo("matrix must be at most 15, was 16; split");
    }

    @Test
    void test_rename_keepsTheTailOfThePath() {
        InvalidInputException cell = new InvalidInputException("judgements[1][0]", 10.0, Rule.OUT_OF_RANGE, "[1/9, 9]");

        assertThat(CoreFields.rename(cell, "judgements", "matrix").getMessage())
                .isEqualTo("matrix[1][0] must be in [1/9, 9], was 10.0");
        assertThat(CoreFields.rename(new InvalidInputException("a.b", 1, Rule.EMPTY), "a", "x.y").field()).isEqualTo("x.y.b");
    }

    @Test
    void test_rename_otherField_unchanged() {
        InvalidInputException other = new InvalidInputException("spot", -1.0, Rule.GREATER_THAN, 0);
        InvalidInputException longer = new InvalidInputException("priceCap", -1.0, Rule.GREATER_THAN, 0);

        assertThat(CoreFields.rename(other, "price", "marketPrice")).isSameAs(other);
        assertThat(CoreFields.rename(longer, "price", "marketPrice")).isSameAs(longer);
    }

    @Test
    void test_rebased_otherFieldsLieBelowTheJsonField() {
        assertThatThrownBy(() -> CoreFields.rebased("weights", "subjective", () -> {
            throw new InvalidInputException("weights[3]", -1.0, Rule.AT_LEAST, 0);
        })).hasMessage("subjective[3] must be >= 0, was -1.0");
        assertThatThrownBy(() -> CoreFields.rebased("weights", "subjective", () -> {
            throw new InvalidInputException("sum", 2.0, Rule.SUM_MISMATCH, 1);
        })).hasMessage("subjective.sum must sum to 1, was 2.0");
    }

    @Test
    void test_within_prefixesOrKeeps() {
        assertThatThrownBy(() -> CoreFields.within("comparables[2]", () -> {
            throw new InvalidInputException("price", 0.0, Rule.GREATER_THAN, 0);
        })).hasMessage("comparables[2].price must be > 0, was 0.0");
        assertThat(CoreFields.within("x", () -> 7)).isEqualTo(7);
        InvalidInputException same = new InvalidInputException("price", 0.0, Rule.GREATER_THAN, 0);
        assertThatThrownBy(() -> CoreFields.within("", () -> {
            throw same;
        })).isSameAs(same);
    }
}
