package org.dataprice.valuation.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** Tests of {@link Reconciliation}; exact decimal arithmetic. */
class ReconciliationTest {
    /** By hand: 0.5 × 1,000,000 + 0.3 × 800,000 + 0.2 × 950,366.67 = 930,073.334 → 930,073.33. */
    @Test
    void test_reconcile_weighted() {
        ReconciliationResult r = Reconciliation.DEFAULT.reconcile(new ReconciliationInputs(List.of(
                new ApproachValue("income", Money.cny("1000000"), 0.5, "forecasts are contracted"),
                new ApproachValue("cost", Money.cny("800000"), 0.3, "costs are documented"),
                new ApproachValue("market", Money.cny("950366.67"), 0.2, "few comparables"))));
        assertThat(r.value()).isEqualTo(Money.cny("930073.33"));
        assertThat(r.low()).isEqualTo(Money.cny("800000"));
        assertThat(r.high()).isEqualTo(Money.cny("1000000"));
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.value().amount());
    }

    @Test
    void test_inputs_weightsNotSummingToOne() {
        assertThatThrownBy(() -> new ReconciliationInputs(List.of(
                new ApproachValue("income", Money.cny("1"), 0.5, "r"), new ApproachValue("cost", Money.cny("1"), 0.4, "r"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values.weight"));
    }

    @Test
    void test_inputs_invalid() {
        assertThatThrownBy(() -> new ApproachValue("income", Money.cny("1"), 0.5, " ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> new ApproachValue("income", Money.cny("1"), 1.5, "r")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weight"));
        assertThatThrownBy(() -> new ReconciliationInputs(List.of(
                new ApproachValue("income", Money.cny("1"), 0.5, "r"), new ApproachValue("income", Money.cny("1"), 0.5, "r"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values[1].approach"));
        assertThatThrownBy(() -> new ReconciliationInputs(List.of(new ApproachValue("income", Money.cny("1"), 0.5, "r"),
                new ApproachValue("cost", Money.of("1", java.util.Currency.getInstance("USD")), 0.5, "r"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values[1].value"));
        assertThatThrownBy(() -> new ReconciliationInputs(List.of())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values"));
    }
}
