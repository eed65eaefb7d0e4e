package org.dataprice.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CAS 8 impairment of data intangibles; worked examples recomputed by hand in the comments. */
class ImpairmentTestTest {
    private static final Money ZERO = Money.cny("0");

    private static ImpairmentInputs inputs(String carrying, String fairValue, String costs, String viu,
            String accumulated, int remaining) {
        return new ImpairmentInputs(Money.cny(carrying), Optional.ofNullable(fairValue).map(Money::cny),
                Money.cny(costs), Optional.ofNullable(viu).map(Money::cny), Money.cny(accumulated),
                YearMonth.of(2024, 12), remaining, ZERO);
    }

    @Test
    void test_test_workedExample() {
        // Carrying 800,000 at 2024-12-31. FV 700,000 − disposal costs 20,000 = 680,000; VIU 650,000.
        // RA = max(680,000, 650,000) = 680,000; loss = 800,000 − 680,000 = 120,000.
        // New amortisation: 680,000 over the remaining 34 months from 2025-01 = 20,000 a month (CAS 8 §16).
        ImpairmentResult r = ImpairmentTest.DEFAULT.test(inputs("800000.00", "700000.00", "20000.00", "650000.00",
                "0", 34));
        assertThat(r.recoverableAmount()).isEqualTo(Money.cny("680000.00"));
        assertThat(r.impairmentLoss()).isEqualTo(Money.cny("120000.00"));
        assertThat(r.carryingAmountAfter()).isEqualTo(Money.cny("680000.00"));
        assertThat(r.accumulatedImpairment()).isEqualTo(Money.cny("120000.00"));
        AmortisationSchedule s = r.revisedSchedule().orElseThrow();
        assertThat(s.lines()).hasSize(34).extracting(AmortisationLine::amortisation).containsOnly(Money.cny("20000.00"));
        assertThat(s.lines().get(0).period()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(r.explanation().resultStep().key()).isEqualTo(AccountingSteps.IMPAIRMENT_LOSS);
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.impairmentLoss().amount());
    }

    @Test
    void test_test_publishedExampleZhongjiKuaiji() {
        // 《中级会计实务》 practice question, 无形资产减值准备 (chinaacc.com, 2010-09; answer C): cost 300万, amortised
        // 225万, earlier impairment 10万 → carrying 65万. FV 50万 − disposal costs 1.5万 = 48.5万. VIU of 30万 and
        // 15万 at 4 % = 30×0.96154 + 15×0.92456 = 42.71万 (tables). RA = 48.5万; impairment = 65 − 48.5 = 16.5万.
        Money viu = ValueInUse.presentValue(List.of(Money.cny("300000"), Money.cny("150000")), 0.04, RoundingMode.HALF_EVEN);
        // with 5-digit tables 30×0.96154 + 15×0.92456 = 42.7146万; exact discounting gives 427,144.97
        assertThat(viu.toDouble()).isCloseTo(427_146, org.assertj.core.api.Assertions.offset(5.0));
        ImpairmentResult r = ImpairmentTest.DEFAULT.test(new ImpairmentInputs(Money.cny("650000.00"),
                Optional.of(Money.cny("500000.00")), Money.cny("15000.00"), Optional.of(viu), Money.cny("100000.00"),
                YearMonth.of(2009, 12), 24, ZERO));
        assertThat(r.recoverableAmount()).isEqualTo(Money.cny("485000.00"));
        assertThat(r.impairmentLoss()).isEqualTo(Money.cny("165000.00"));
        assertThat(r.accumulatedImpairment()).isEqualTo(Money.cny("265000.00"));
        // new amortisation: 485,000 over the remaining 24 months from 2010-01, exact to the 分
        assertThat(r.revisedSchedule().orElseThrow().totalAmortisation()).isEqualTo(Money.cny("485000.00"));
        assertThat(r.revisedSchedule().get().lines().get(0).period()).isEqualTo(YearMonth.of(2010, 1));
    }

    @Test
    void test_valueInUse_publishedExampleCpaChapter7() {
        // CPA 会计 ch. 7 exercise (hqwx.com): VIU = 1500/1.05 + 1200/1.05² + 1000/1.05³ = 3380.84万; FVLCD = 3000 − 200
        // = 2800万; RA = max = 3380.84万.
        Money viu = ValueInUse.presentValue(List.of(Money.cny("15000000"), Money.cny("12000000"), Money.cny("10000000")),
                0.05, RoundingMode.HALF_EVEN);
        assertThat(viu.amount().movePointLeft(4).setScale(2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo(new java.math.BigDecimal("3380.84"));
        ImpairmentResult r = ImpairmentTest.DEFAULT.test(new ImpairmentInputs(Money.cny("40000000.00"),
                Optional.of(Money.cny("30000000.00")), Money.cny("2000000.00"), Optional.of(viu), ZERO,
                YearMonth.of(2024, 12), 0, ZERO));
        assertThat(r.recoverableAmount()).isEqualTo(viu);
    }

    @Test
    void test_test_neverReversed() {
        // An asset impaired earlier (accumulated 100,000) whose recoverable amount has recovered to 700,000
        // stays at its carrying amount 500,000: no reversal of an intangible's impairment (CAS 8 §17).
        ImpairmentResult r = ImpairmentTest.DEFAULT.test(inputs("500000.00", null, "0", "700000.00", "100000.00", 12));
        assertThat(r.impairmentLoss()).isEqualTo(Money.cny("0.00"));
        assertThat(r.carryingAmountAfter()).isEqualTo(Money.cny("500000.00"));
        assertThat(r.accumulatedImpairment()).isEqualTo(Money.cny("100000.00"));
    }

    @Test
    void test_test_valueInUseFromCashFlows() {
        // 300,000 a year for 3 years at 10 %: 300,000 × (1/1.1 + 1/1.21 + 1/1.331) = 300,000 × 2.486851991
        // = 746,055.60 (annuity factor a(3, 10 %) = 2.4869, standard present-value tables).
        Money viu = ValueInUse.presentValue(List.of(Money.cny("300000"), Money.cny("300000"), Money.cny("300000")),
                0.10, RoundingMode.HALF_EVEN);
        assertThat(viu).isEqualTo(Money.cny("746055.60"));
        ImpairmentResult r = ImpairmentTest.DEFAULT.test(new ImpairmentInputs(Money.cny("900000.00"), Optional.empty(),
                ZERO, Optional.of(viu), ZERO, YearMonth.of(2024, 12), 0, ZERO));
        assertThat(r.impairmentLoss()).isEqualTo(Money.cny("153944.40"));
        assertThat(r.revisedSchedule()).isEmpty();
    }

    @Test
    void test_test_lossCappedAtCarrying() {
        // FV below disposal costs: FVLCD = −5,000, no VIU → the asset is written down to 0, not below
        ImpairmentResult r = ImpairmentTest.DEFAULT.test(inputs("10000.00", "1000.00", "6000.00", null, "0", 0));
        assertThat(r.recoverableAmount()).isEqualTo(Money.cny("-5000.00"));
        assertThat(r.impairmentLoss()).isEqualTo(Money.cny("10000.00"));
        assertThat(r.carryingAmountAfter()).isEqualTo(Money.cny("0.00"));
    }

    /** Property: a loss is never negative, the carrying amount never rises, accumulated impairment never falls. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void test_test_neverReversedProperty(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Money carrying = Money.ofMinor(random.nextLong(0, 100_000_000), Money.CNY);
        Money accumulated = Money.ofMinor(random.nextLong(0, 10_000_000), Money.CNY);
        Optional<Money> fv = random.nextBoolean() ? Optional.of(Money.ofMinor(random.nextLong(0, 200_000_000), Money.CNY))
                : Optional.empty();
        Optional<Money> viu = fv.isEmpty() || random.nextBoolean()
                ? Optional.of(Money.ofMinor(random.nextLong(0, 200_000_000), Money.CNY)) : Optional.empty();
        ImpairmentResult r = ImpairmentTest.DEFAULT.test(new ImpairmentInputs(carrying, fv,
                Money.ofMinor(random.nextLong(0, 1_000_000), Money.CNY), viu, accumulated, YearMonth.of(2025, 6),
                random.nextInt(0, 60), ZERO));
        assertThat(r.impairmentLoss().signum()).isGreaterThanOrEqualTo(0);
        assertThat(r.carryingAmountAfter()).isLessThanOrEqualTo(carrying);
        assertThat(r.accumulatedImpairment()).isGreaterThanOrEqualTo(accumulated);
        assertThat(r.carryingAmountAfter().plus(r.impairmentLoss())).isEqualTo(carrying);
        r.revisedSchedule().ifPresent(s -> assertThat(s.totalAmortisation()).isEqualTo(r.carryingAmountAfter()));
    }

    @Test
    void test_inputs_noRecoverableEvidence() {
        assertThatThrownBy(() -> inputs("1.00", null, "0", null, "0", 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("valueInUse");
    }

    @Test
    void test_inputs_negativeCarrying() {
        assertThatThrownBy(() -> inputs("-1.00", "1.00", "0", null, "0", 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("carryingAmount");
    }

    @Test
    void test_inputs_negativeCostsOfDisposal() {
        assertThatThrownBy(() -> inputs("1.00", "1.00", "-1", null, "0", 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("costsOfDisposal");
    }

    @Test
    void test_inputs_remainingLifeAboveLimit() {
        assertThatThrownBy(() -> inputs("1.00", "1.00", "0", null, "0", 1201)).isInstanceOf(LimitExceededException.class)
                .extracting("field").isEqualTo("remainingLifeMonths");
    }

    @Test
    void test_valueInUse_rateNotAboveMinusOne() {
        assertThatThrownBy(() -> ValueInUse.presentValue(List.of(Money.cny("1")), -1, RoundingMode.HALF_EVEN))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("discountRate");
    }
}
