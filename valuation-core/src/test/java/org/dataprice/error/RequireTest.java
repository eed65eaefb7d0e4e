package org.dataprice.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void test_checksReturnTheirArgument() {
        assertThat(Require.greaterThan(0.5, -1, "rate")).isEqualTo(0.5);
        assertThat(Require.positive(2, "x")).isEqualTo(2);
        assertThat(Require.nonNegative(0, "x")).isZero();
        assertThat(Require.atMost(1, 1, "x")).isEqualTo(1);
        assertThat(Require.lessThan(0.5, 1, "x")).isEqualTo(0.5);
        assertThat(Require.probability(1, "p")).isEqualTo(1);
        assertThat(Require.inOpenRange(0.5, 0, 1, "x")).isEqualTo(0.5);
        assertThat(Require.atLeast(3, 3, "n")).isEqualTo(3);
        assertThat(Require.atLeast(3L, 3L, "n")).isEqualTo(3L);
        assertThat(Require.notBlank("a", "s")).isEqualTo("a");
        assertThat(Require.nonEmptyCopy(List.of(1), "l")).containsExactly(1);
        assertThat(Require.size(2, 2, "a")).isEqualTo(2);
        assertThat(Require.withinLimit(5, 5, "n", "")).isEqualTo(5);
    }

    @Test
    void test_greaterThan_messageNamesFieldRuleAndValue() {
        assertThatThrownBy(() -> Require.greaterThan(-1.5, -1, "discountRate"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("discountRate must be > -1, was -1.5")
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.field()).isEqualTo("discountRate");
                    assertThat(x.rule()).isEqualTo(Rule.GREATER_THAN);
                    assertThat(x.value()).isEqualTo(-1.5);
                    assertThat(x.rule().typeUri()).isEqualTo("https://dataprice.org/problems/greater-than");
                });
    }

    @Test
    void test_nanRejectedByEveryNumericCheck() {
        assertThatThrownBy(() -> Require.greaterThan(Double.NaN, 0, "x")).hasMessage("x must be a finite number, was NaN");
        assertThatThrownBy(() -> Require.atMost(Double.POSITIVE_INFINITY, 1, "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Require.inClosedRange(Double.NaN, 0, 1, "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Require.finite(new double[] {1, Double.NaN}, "v")).hasMessage("v[1] must be a finite number, was NaN");
    }

    @Test
    void test_rangeMessages() {
        assertThatThrownBy(() -> Require.inClosedRange(2, 0, 1, "share")).hasMessage("share must be in [0, 1], was 2.0");
        assertThatThrownBy(() -> Require.inOpenRange(1, 0, 1, "p")).hasMessage("p must be in (0, 1), was 1.0");
        assertThatThrownBy(() -> Require.atLeast(2, 3, "comparables")).hasMessage("comparables must be >= 3, was 2");
        assertThatThrownBy(() -> Require.lessThan(1, 1, "x")).hasMessage("x must be < 1, was 1.0");
        assertThatThrownBy(() -> Require.atMost(1.5, 1, "x")).hasMessage("x must be <= 1, was 1.5");
        assertThatThrownBy(() -> Require.positive(0, "x")).hasMessage("x must be > 0, was 0.0");
        assertThatThrownBy(() -> Require.nonNegative(-0.1, "x")).hasMessage("x must be >= 0, was -0.1");
        assertThatThrownBy(() -> Require.atLeast(1L, 2L, "n")).hasMessage("n must be >= 2, was 1");
    }

    @Test
    void test_rangeMessages_boundsPrintedAsWritten() {
        assertThatThrownBy(() -> Require.inLeftOpenRange(10.5, 0, 10, "volatility"))
                .hasMessage("volatility must be in (0, 10], was 10.5");
        assertThatThrownBy(() -> Require.inLeftOpenRange(0, 0, 10, "volatility"))
                .hasMessage("volatility must be in (0, 10], was 0.0");
        assertThat(Require.inLeftOpenRange(10, 0, 10, "volatility")).isEqualTo(10);
        assertThatThrownBy(() -> Require.inClosedRange(1.5, 0, 1, "p")).hasMessage("p must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> Require.inOpenRange(0.0, 0, 1, "p")).hasMessage("p must be in (0, 1), was 0.0");
        assertThatThrownBy(() -> Require.inClosedRange(0.5, 0.001, 0.1, "t")).hasMessage("t must be in [0.001, 0.1], was 0.5");
        assertThatThrownBy(() -> Require.atMost(2e15, 1e15, "x")).hasMessage("x must be <= 1000000000000000, was 2.0E15");
    }

    @Test
    void test_written_shortestPlainDecimal() {
        assertThat(Require.written(10)).isEqualTo("10");
        assertThat(Require.written(-0.0)).isEqualTo("0");
        assertThat(Require.written(0.1 * 3)).isEqualTo("0.30000000000000004");
        assertThat(Require.written(1e-3)).isEqualTo("0.001");
        assertThat(Require.written(-1)).isEqualTo("-1");
        assertThat(Require.written(1e300)).isEqualTo("1E+300");
    }

    @Test
    void test_describe_foldsNegativeZeroBounds() {
        assertThat(Rule.AT_LEAST.describe(-0.0)).isEqualTo("must be >= 0.0");
        assertThat(new InvalidInputException("x", -1.0, Rule.OUT_OF_RANGE, "[0, 1]").getMessage()).isEqualTo("x must be in [0, 1], was -1.0");
    }

    @Test
    void test_show_foldsNegativeZero() {
        assertThatThrownBy(() -> Require.positive(-0.0, "x")).hasMessage("x must be > 0, was 0.0");
    }

    @Test
    void test_collections() {
        assertThatThrownBy(() -> Require.nonEmptyCopy(List.of(), "comparables")).hasMessage("comparables must not be empty, was []");
        assertThatThrownBy(() -> Require.copyOf(Arrays.asList(1, null), "items")).hasMessage("items[1] must not be null");
        assertThatThrownBy(() -> Require.notBlank(" ", "name")).hasMessage("name must not be empty, was  ");
        assertThatThrownBy(() -> Require.notNull(null, "x")).hasMessage("x must not be null");
        assertThatThrownBy(() -> Require.size(3, 2, "weights")).hasMessage("weights must have size 2, was size 3");
    }

    @Test
    void test_withinLimit_adviceInMessage() {
        assertThatThrownBy(() -> Require.withinLimit(30, 25, "players", "use Monte Carlo Shapley"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("players must be at most 25, was 30; use Monte Carlo Shapley")
                .satisfies(e -> assertThat(((LimitExceededException) e).limit()).isEqualTo(25));
    }

    @Test
    void test_within_prefixesField() {
        InvalidInputException e = new InvalidInputException("price", -1, Rule.GREATER_THAN, 0);
        assertThat(e.within("comparables[2]").field()).isEqualTo("comparables[2].price");
        assertThat(e.within("").field()).isEqualTo("price");
        LimitExceededException l = new LimitExceededException("steps", 10, 5, "");
        assertThat(l.within("tree").field()).isEqualTo("tree.steps");
        CalculationException c = CalculationException.noConvergence("irr", 100, 1e-12);
        assertThat(c.within("cashFlows").field()).isEqualTo("cashFlows.irr");
        assertThat(c.getMessage()).isEqualTo("irr did not converge: iteration budget exhausted (after 100 iterations, tolerance 1.0E-12)");
        assertThat(CalculationException.noSolution("irr", "NPV never changes sign").getMessage())
                .isEqualTo("irr has no solution: NPV never changes sign");
    }

    @Test
    void test_rule_idsAreUniqueKebabCase() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(Arrays.stream(Rule.values()).map(Rule::title)).allMatch(t -> !t.isBlank());
    }
}
