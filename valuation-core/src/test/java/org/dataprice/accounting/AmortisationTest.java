package org.dataprice.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Monthly amortisation schedules (CAS 6 §17–§19, 当月增加当月摊销). */
class AmortisationTest {

    @Test
    void test_schedule_straightLineTextbook() {
        // Textbook pattern (年摊销额 = 应摊销金额 ÷ 预计使用年限, 月摊销额 = 年摊销额 ÷ 12): cost 600,000, life
        // 10 years, residual 0 → 60,000 a year, 5,000 a month. Acquired in July 2024: the month-of-acquisition
        // rule amortises July, so 2024 carries 6 months = 30,000 and 2034 the last 6 months.
        AmortisationSchedule s = Amortisation.DEFAULT.schedule(
                AmortisationInputs.straightLine(Money.cny("600000.00"), YearMonth.of(2024, 7), 120));
        assertThat(s.lines()).hasSize(120).allSatisfy(l -> assertThat(l.amortisation()).isEqualTo(Money.cny("5000.00")));
        assertThat(s.lines().get(0).period()).isEqualTo(YearMonth.of(2024, 7));
        assertThat(s.lines().get(119).period()).isEqualTo(YearMonth.of(2034, 6));
        assertThat(s.amortisationByYear().get(Year.of(2024))).isEqualTo(Money.cny("30000.00"));
        assertThat(s.amortisationByYear().get(Year.of(2025))).isEqualTo(Money.cny("60000.00"));
        assertThat(s.lines().get(119).closing()).isEqualTo(Money.cny("0.00"));
        assertThat(s.explanation().resultStep().key()).isEqualTo(AccountingSteps.TOTAL_AMORTISATION);
        assertThat(s.explanation().resultStep().result().number()).isEqualByComparingTo(s.amortisable().amount());
    }

    @Test
    void test_schedule_straightLineOddCents() {
        // Common worked example: a patent bought for 100,000 over 5 years = 60 months, ≈ 1,666.67 a month.
        // 10,000,000 分 / 60 = 166,666.67 分: floors give 9,999,960 分; the 40 odd 分 go to months 1–40.
        AmortisationSchedule s = Amortisation.DEFAULT.schedule(
                AmortisationInputs.straightLine(Money.cny("100000.00"), YearMonth.of(2024, 3), 60));
        for (int m = 0; m < 60; m++) {
            assertThat(s.lines().get(m).amortisation()).isEqualTo(Money.cny(m < 40 ? "1666.67" : "1666.66"));
        }
        assertThat(s.totalAmortisation()).isEqualTo(Money.cny("100000.00"));
    }

    @Test
    void test_schedule_residualValue() {
        AmortisationSchedule s = Amortisation.DEFAULT.schedule(new AmortisationInputs(Money.cny("100000.00"),
                Money.cny("10000.00"), YearMonth.of(2024, 1), 3, AmortisationMethod.STRAIGHT_LINE, List.of()));
        assertThat(s.lines()).extracting(AmortisationLine::amortisation).containsOnly(Money.cny("30000.00"));
        assertThat(s.lines().get(2).closing()).isEqualTo(Money.cny("10000.00"));
    }

    @Test
    void test_schedule_consumptionBased() {
        // 90,000 by expected API calls 1 : 2 : 0 : 3 → 15,000, 30,000, 0, 45,000
        AmortisationSchedule s = Amortisation.DEFAULT.schedule(AmortisationInputs.consumption(Money.cny("90000.00"),
                YearMonth.of(2024, 12), List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.ZERO, BigDecimal.valueOf(3))));
        assertThat(s.lines()).extracting(AmortisationLine::amortisation).containsExactly(Money.cny("15000.00"),
                Money.cny("30000.00"), Money.cny("0.00"), Money.cny("45000.00"));
        assertThat(s.lines().get(1).period()).isEqualTo(YearMonth.of(2025, 1));
    }

    /** Property: lines sum exactly to the amortisable amount and each is within 1 分 of its exact share. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void test_schedule_sumsExactly(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Money cost = Money.ofMinor(random.nextLong(1, 100_000_000_000L), Money.CNY);
        int months = 1 + random.nextInt(240);
        boolean consumption = random.nextBoolean();
        List<BigDecimal> units = new ArrayList<>();
        for (int i = 0; i < months && consumption; i++) {
            units.add(BigDecimal.valueOf(random.nextInt(1, 1000)));
        }
        AmortisationInputs in = consumption
                ? AmortisationInputs.consumption(cost, YearMonth.of(2024, 1 + random.nextInt(12)), units)
                : AmortisationInputs.straightLine(cost, YearMonth.of(2024, 1 + random.nextInt(12)), months);
        AmortisationSchedule s = Amortisation.DEFAULT.schedule(in);
        Money sum = Money.cny("0");
        BigDecimal totalUnits = units.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int m = 0; m < months; m++) {
            Money a = s.lines().get(m).amortisation();
            sum = sum.plus(a);
            BigDecimal exact = consumption
                    ? cost.amount().multiply(units.get(m)).divide(totalUnits, 10, RoundingMode.HALF_EVEN)
                    : cost.amount().divide(BigDecimal.valueOf(months), 10, RoundingMode.HALF_EVEN);
            assertThat(a.amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
        assertThat(sum).isEqualTo(cost);
        assertThat(s.lines().get(months - 1).closing().isZero()).isTrue();
    }

    @Test
    void test_inputs_zeroLife() {
        assertThatThrownBy(() -> AmortisationInputs.straightLine(Money.cny("1.00"), YearMonth.of(2024, 1), 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("usefulLifeMonths");
    }

    @Test
    void test_inputs_lifeAboveLimit() {
        assertThatThrownBy(() -> AmortisationInputs.straightLine(Money.cny("1.00"), YearMonth.of(2024, 1), 1201))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("usefulLifeMonths");
    }

    @Test
    void test_inputs_residualAboveCost() {
        assertThatThrownBy(() -> new AmortisationInputs(Money.cny("1.00"), Money.cny("2.00"), YearMonth.of(2024, 1), 3,
                AmortisationMethod.STRAIGHT_LINE, List.of())).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("residualValue");
    }

    @Test
    void test_inputs_negativeCost() {
        assertThatThrownBy(() -> AmortisationInputs.straightLine(Money.cny("-1.00"), YearMonth.of(2024, 1), 3))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("cost");
    }

    @Test
    void test_inputs_consumptionSizeMismatch() {
        assertThatThrownBy(() -> new AmortisationInputs(Money.cny("1.00"), Money.cny("0"), YearMonth.of(2024, 1), 3,
                AmortisationMethod.CONSUMPTION, List.of(BigDecimal.ONE))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("consumption");
        assertThatThrownBy(() -> new AmortisationInputs(Money.cny("1.00"), Money.cny("0"), YearMonth.of(2024, 1), 1,
                AmortisationMethod.STRAIGHT_LINE, List.of(BigDecimal.ONE))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("consumption");
    }

    @Test
    void test_inputs_consumptionAllZero() {
        assertThatThrownBy(() -> AmortisationInputs.consumption(Money.cny("1.00"), YearMonth.of(2024, 1),
                List.of(BigDecimal.ZERO, BigDecimal.ZERO))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("consumption");
    }

    @Test
    void test_inputs_consumptionNegative() {
        assertThatThrownBy(() -> AmortisationInputs.consumption(Money.cny("1.00"), YearMonth.of(2024, 1),
                List.of(BigDecimal.ONE, BigDecimal.valueOf(-1)))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("consumption[1]");
    }
}
