package org.dataprice.valuation.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** Tests of {@link CostApproach}. Values are exact decimals, so equality is exact. */
class CostApproachTest {
    static CostInputs sut(ValueAdjustment u) {
        return new CostInputs(List.of(
                CostItem.cny("规划 planning", CostCategory.PRELIMINARY, "50000.00"),
                CostItem.cny("采集 acquisition", CostCategory.DIRECT, "300000.00"),
                CostItem.cny("存储与加工 storage and processing", CostCategory.DIRECT, "150000.00"),
                CostItem.cny("软硬件分摊 allocated IT", CostCategory.INDIRECT, "80000.00"),
                CostItem.cny("资金占用 capital forgone", CostCategory.OPPORTUNITY, "20000.00"),
                CostItem.cny("税费 taxes", CostCategory.TAXES, "10000.00")), 0.12, u);
    }

    /** Recomputed by hand: TC = 610,000; P = 610,000 × 1.12 × 0.85 = 580,720.00. */
    @Test
    void test_value_cas2023QualityRoute() {
        CostResult r = CostApproach.DEFAULT.value(sut(ValueAdjustment.fromQuality(0.85)));
        assertThat(r.totalCost()).isEqualTo(Money.cny("610000.00"));
        assertThat(r.value()).isEqualTo(Money.cny("580720.00"));
        assertThat(r.explanation().resultStep().key()).isEqualTo(CostSteps.VALUE);
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.value().amount());
        assertThat(r.explanation().get(CostSteps.TOTAL_COST).children()).hasSize(5);
    }

    /** Remaining life 3 of 5 years: U = 0.6; P = 610,000 × 1.12 × 0.6 = 409,920.00. */
    @Test
    void test_value_remainingLifeRoute() {
        assertThat(CostApproach.DEFAULT.value(sut(ValueAdjustment.remainingLife(3, 5))).value()).isEqualTo(Money.cny("409920.00"));
    }

    /** Premium U = 1.2 allowed only with the flag: 610,000 × 1.12 × 1.2 = 819,840.00. */
    @Test
    void test_value_premium() {
        CostResult r = CostApproach.DEFAULT.value(sut(new ValueAdjustment.Given(1.2, true, "exclusive licence")));
        assertThat(r.value()).isEqualTo(Money.cny("819840.00"));
    }

    /**
     * Third-party example (seridoat.com, data-asset valuation article, low authority; domain notes §1.3):
     * total cost 155 = 50 + 30 + (10 + 15) × 3 (万元), 成新率 70% → value 108.5 万元.
     */
    @Test
    void test_value2019_blogExample() {
        CostResult r = CostApproach.DEFAULT.value2019(new ReplacementCostInputs(Money.cny("1550000"), 0.3));
        assertThat(r.value()).isEqualTo(Money.cny("1085000.00"));
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.value().amount());
    }

    @Test
    void test_adjustment_zeroRejected() {
        assertThatThrownBy(() -> ValueAdjustment.given(0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("u"));
        assertThatThrownBy(() -> ValueAdjustment.fromQuality(0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("qualityScore"));
    }

    @Test
    void test_adjustment_aboveOneWithoutPremium() {
        assertThatThrownBy(() -> ValueAdjustment.given(1.1)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("u"));
    }

    @Test
    void test_adjustment_premiumWithoutReason() {
        assertThatThrownBy(() -> new ValueAdjustment.Given(1.1, true, " ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
    }

    @Test
    void test_adjustment_remainingBeyondTotal() {
        assertThatThrownBy(() -> ValueAdjustment.remainingLife(6, 5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("remaining"));
        assertThatThrownBy(() -> ValueAdjustment.remainingLife(1, 0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("total"));
    }

    @Test
    void test_inputs_invalid() {
        assertThatThrownBy(() -> new CostInputs(List.of(), 0.1, ValueAdjustment.given(1))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("items"));
        assertThatThrownBy(() -> new CostInputs(List.of(CostItem.cny("a", CostCategory.DIRECT, "0")), 0.1, ValueAdjustment.given(1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("items"));
        assertThatThrownBy(() -> CostItem.cny("a", CostCategory.DIRECT, "-1")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new CostInputs(List.of(CostItem.cny("a", CostCategory.DIRECT, "1"),
                new CostItem("b", CostCategory.DIRECT, Money.of("1", java.util.Currency.getInstance("USD")))), 0.1, ValueAdjustment.given(1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("items[1].amount"));
        assertThatThrownBy(() -> new CostInputs(List.of(CostItem.cny("a", CostCategory.DIRECT, "1")), -0.1, ValueAdjustment.given(1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("costReturn"));
        assertThatThrownBy(() -> new ReplacementCostInputs(Money.cny("1"), 1)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("obsolescence"));
    }

    /** P is monotone non-decreasing in the quality score. */
    @Test
    void valueMonotoneInQuality_properties() {
        qt().withFixedSeed(11L).forAll(doubles().between(0.01, 1), doubles().between(0.01, 1)).checkAssert((a, b) -> {
            Money lo = CostApproach.DEFAULT.value(sut(ValueAdjustment.fromQuality(Math.min(a, b)))).value();
            Money hi = CostApproach.DEFAULT.value(sut(ValueAdjustment.fromQuality(Math.max(a, b)))).value();
            assertThat(hi.compareTo(lo)).isGreaterThanOrEqualTo(0);
        });
    }

    /**
     * Property (issue 12, seeded, 100,000 cases): the double fast path of {@link CostApproach#price(Money, double, double)}
     * equals the exact P = TC × ((1 + R) × U) rounded once HALF_EVEN, also on exact half-way products
     * (150.00 × 1.1 × 0.825 = 136.125 → 136.12).
     */
    @Test
    void test_price_fastPathEqualsExact() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(20_261_205L);
        for (int k = 0; k < 100_000; k++) {
            Money tc = Money.ofMinor(rng.nextLong(1, 100_000_000_000L), Money.CNY);
            double r = k % 3 == 0 ? rng.nextInt(0, 50) / 100.0 : rng.nextDouble(0, 0.5);
            double u = k % 3 == 0 ? rng.nextInt(1, 1000) / 1000.0 : rng.nextDouble(0.01, 1.5);
            assertThat(CostApproach.price(tc, r, u)).as("%s, %s, %s", tc, r, u).isEqualTo(CostApproach.price(tc, CostApproach.factor(r, u)));
        }
        assertThat(CostApproach.price(Money.cny("150.00"), 0.1, 0.825)).isEqualTo(Money.cny("136.12"));
        assertThat(CostApproach.price(Money.cny("150.00"), 0.1, 0.8250000000000001)).isEqualTo(Money.cny("136.13"));
    }
}
