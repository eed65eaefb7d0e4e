package org.dataprice.valuation.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** Tests of {@link IncomeApproach}. */
class IncomeApproachTest {
    private static final double TOLERANCE = 1e-9;
    /** The textbook prints 2 decimals of 万元. */
    private static final double PUBLISHED_TOLERANCE = 0.005;

    /**
     * Patent licence by profit share, a standard Chinese appraisal-textbook exercise (约当投资分成法;
     * reproduced e.g. at c29tqzr.cn/20241213/1/574960 and dfrtw.com/zhuanlichaxun/70401.html):
     * K = 600 / (600 + 3300) = 15.39%, i = 6% + 4% = 10%, profits 400, 420, 430, 450, 440 万元 over 5
     * years; published value 248.45 万元 (with 4-decimal discount factors). Exact factors give
     * 1614.3706031… × 0.1539 = 248.4516358….
     */
    @Test
    void test_value_textbookPatentProfitShare() {
        Forecast f = new Forecast.Share(Amounts.of(400, 420, 430, 450, 440), ShareRate.given(0.1539));
        DiscountRate i = DiscountRate.buildUp(0.06, new RiskPremium("风险报酬率 risk", 0.04));
        IncomeResult r = IncomeApproach.DEFAULT.value(IncomeInputs.of(f, i, Money.CNY));
        assertThat(r.presentValue()).as("textbook patent, 万元").isCloseTo(248.45, offset(PUBLISHED_TOLERANCE));
        assertThat(r.presentValue()).isCloseTo(248.45163581722554, offset(TOLERANCE));
        assertThat(r.value()).isEqualTo(Money.cny("248.45"));
        assertThat(r.explanation().resultStep().key()).isEqualTo(IncomeSteps.VALUE);
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.value().amount());
        assertThat(r.explanation().get(IncomeSteps.DISCOUNT_RATE).children()).hasSize(1);
        assertThat(r.schedule().rows()).hasSize(5);
        assertThat(r.schedule().totalPresentValue()).isCloseTo(r.presentValue(), offset(TOLERANCE));
    }

    /**
     * Textbook exercise (same sources): additional profits 120, 100, 80, 70 万元 at 10% have
     * present value 299.65 万元.
     */
    @Test
    void test_value_textbookAdditionalProfitPv() {
        IncomeResult r = IncomeApproach.DEFAULT.value(IncomeInputs.of(new Forecast.Direct(Amounts.of(120, 100, 80, 70)),
                DiscountRate.given(0.10), Money.CNY));
        assertThat(r.presentValue()).isCloseTo(299.65, offset(PUBLISHED_TOLERANCE));
    }

    /** Constant income: equals the annuity formula F(1 − (1+i)^−n)/i; mid-period multiplies by (1+i)^0.5. */
    @Test
    void test_value_annuityAndMidPeriod() {
        double[] f = {100, 100, 100, 100, 100};
        double annuity = 100 * (1 - Math.pow(1.08, -5)) / 0.08;
        IncomeInputs end = IncomeInputs.of(new Forecast.Direct(Amounts.of(f)), DiscountRate.given(0.08), Money.CNY);
        assertThat(IncomeApproach.DEFAULT.value(end).presentValue()).isCloseTo(annuity, offset(TOLERANCE));
        IncomeInputs mid = new IncomeInputs(end.forecast(), end.discountRate(), Discounting.MID_PERIOD, IncomeTerm.FORECAST, 0, Money.CNY);
        assertThat(IncomeApproach.DEFAULT.value(mid).presentValue()).isCloseTo(annuity * Math.sqrt(1.08), offset(TOLERANCE));
        assertThat(IncomeApproach.presentValue(f, 5, 0.08, 0, 0.5)).isCloseTo(annuity * Math.sqrt(1.08), offset(TOLERANCE));
    }

    /** Term 3 of a 5-year forecast and 10% decay: 100/1.08 + 90/1.08² + 81/1.08³. */
    @Test
    void test_value_termAndDecay() {
        IncomeInputs in = new IncomeInputs(new Forecast.Direct(Amounts.of(100, 100, 100, 100, 100)), DiscountRate.given(0.08),
                Discounting.END_OF_PERIOD, new IncomeTerm(10, 3, 4), 0.1, Money.CNY);
        IncomeResult r = IncomeApproach.DEFAULT.value(in);
        assertThat(r.periods()).isEqualTo(3);
        assertThat(r.presentValue()).isCloseTo(100 / 1.08 + 90 / 1.08 / 1.08 + 81 / Math.pow(1.08, 3), offset(TOLERANCE));
    }

    /** Share rate in a band: 15%–30% with r = 0.6 gives 24% (domain notes §1.2); K_rev = 0.25 × 0.2 = 0.05. */
    @Test
    void test_shareRate() {
        assertThat(ShareRate.inBand(0.15, 0.30, 0.6).k()).isCloseTo(0.24, offset(1e-15));
        assertThat(ShareRate.revenueFromProfit(0.25, 0.2).k()).isCloseTo(0.05, offset(1e-15));
        assertThatThrownBy(() -> ShareRate.inBand(0.3, 0.15, 0.5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("high"));
        assertThatThrownBy(() -> ShareRate.inBand(0.1, 0.2, 1.5)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("r"));
    }

    /** Excess earnings by hand: (500 − 40 − 60) = 400, (550 − 40 − 70) = 440. */
    @Test
    void test_value_excessEarnings() {
        Forecast f = new Forecast.ExcessEarnings(Amounts.of(500, 550), List.of(
                new ContributoryCharge("营运资金 working capital", Amounts.of(40, 40)),
                new ContributoryCharge("固定资产 fixed assets", Amounts.of(60, 70))));
        assertThat(f.income(1)).isEqualTo(400);
        assertThat(((Forecast.ExcessEarnings) f).totalCharge(2)).isEqualTo(110);
        IncomeResult r = IncomeApproach.DEFAULT.value(IncomeInputs.of(f, DiscountRate.given(0.1), Money.CNY));
        assertThat(r.presentValue()).isCloseTo(400 / 1.1 + 440 / 1.21, offset(TOLERANCE));
        assertThat(r.explanation().get(IncomeSteps.FORECAST).children()).filteredOn(s -> s.key().equals(IncomeSteps.CONTRIBUTORY_CHARGE))
                .hasSize(2);
        assertThatThrownBy(() -> new Forecast.ExcessEarnings(Amounts.of(1, 2), List.of(new ContributoryCharge("x", Amounts.of(1)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("charges[0].charges"));
    }

    /** Incremental after 25% tax: revenue (1200 − 1000)·0.75 = 150; cost saving (800 − 700)·0.75 = 75. */
    @Test
    void test_incremental() {
        assertThat(new Forecast.Incremental(Amounts.of(1200), Amounts.of(1000), IncrementalKind.REVENUE_GROWTH, 0.25).income(1)).isEqualTo(150);
        assertThat(new Forecast.Incremental(Amounts.of(700), Amounts.of(800), IncrementalKind.COST_SAVING, 0.25).income(1)).isEqualTo(75);
        assertThatThrownBy(() -> new Forecast.Incremental(Amounts.of(1), Amounts.of(1), IncrementalKind.COST_SAVING, 1))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("taxRate"));
        assertThatThrownBy(() -> new Forecast.Incremental(Amounts.of(1), Amounts.of(1, 2), IncrementalKind.COST_SAVING, 0))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("withoutData"));
    }

    /** Two scenarios by hand: 0.3·(100/1.1 + 100/1.21) + 0.5·(200/1.12). */
    @Test
    void test_value_multiScenario() {
        ScenarioInputs in = new ScenarioInputs(List.of(
                new Scenario("credit", 0.3, Amounts.of(100, 100), DiscountRate.given(0.1)),
                new Scenario("marketing", 0.5, Amounts.of(200), DiscountRate.given(0.12))), Discounting.END_OF_PERIOD, Money.CNY);
        IncomeResult r = IncomeApproach.DEFAULT.value(in);
        assertThat(r.presentValue()).isCloseTo(0.3 * (100 / 1.1 + 100 / 1.21) + 0.5 * 200 / 1.12, offset(TOLERANCE));
        assertThat(r.schedule().rows()).hasSize(3);
        assertThat(r.schedule().toCsv()).startsWith(CashFlowSchedule.CSV_HEADER + "\ncredit,1,100.0,0.3,");
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.value().amount());
        assertThatThrownBy(() -> new ScenarioInputs(List.of(in.scenarios().get(0), in.scenarios().get(0)), Discounting.END_OF_PERIOD, Money.CNY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("scenarios.name"));
        assertThatThrownBy(() -> new Scenario("x", 1.2, Amounts.of(1), DiscountRate.given(0.1))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("share"));
    }

    @Test
    void test_inputs_invalid() {
        Forecast f = new Forecast.Direct(Amounts.of(1, 2));
        assertThatThrownBy(() -> DiscountRate.given(-1)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rate"));
        assertThatThrownBy(() -> new DiscountRate(0.1, 0.05, List.of())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rate"));
        assertThatThrownBy(() -> RiskPremium.management(-0.01)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rate"));
        assertThatThrownBy(() -> new IncomeInputs(f, DiscountRate.given(0.1), Discounting.END_OF_PERIOD, new IncomeTerm(0, 5, 0), 0, Money.CNY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("forecast"));
        assertThatThrownBy(() -> new IncomeInputs(f, DiscountRate.given(0.1), Discounting.END_OF_PERIOD, IncomeTerm.FORECAST, 1, Money.CNY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("decay"));
        assertThatThrownBy(() -> new IncomeTerm(-1, 0, 0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("legalPeriods"));
        assertThatThrownBy(() -> Amounts.of(1, Double.NaN)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("amounts[1]"));
        assertThatThrownBy(() -> Amounts.of()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("amounts"));
        assertThatThrownBy(() -> new ScenarioInputs(List.of(), Discounting.END_OF_PERIOD, Money.CNY)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("scenarios"));
        assertThatThrownBy(() -> new ContributoryCharge(" ", Amounts.of(1))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> Amounts.of(new double[1001])).isInstanceOf(org.dataprice.error.LimitExceededException.class);
    }

    /** P is monotone non-decreasing in income and non-increasing in the rate (positive incomes). */
    @Test
    void valueMonotoneInIncomeAndRate_properties() {
        qt().withFixedSeed(3L).forAll(doubles().between(0, 1e6), doubles().between(0, 1e6), doubles().between(0, 0.5))
                .checkAssert((a, b, rate) -> {
                    double lo = Math.min(a, b);
                    double hi = Math.max(a, b);
                    double pLo = IncomeApproach.DEFAULT.value(IncomeInputs.of(new Forecast.Direct(Amounts.of(lo, 100)), DiscountRate.given(rate), Money.CNY)).presentValue();
                    double pHi = IncomeApproach.DEFAULT.value(IncomeInputs.of(new Forecast.Direct(Amounts.of(hi, 100)), DiscountRate.given(rate), Money.CNY)).presentValue();
                    assertThat(pHi).isGreaterThanOrEqualTo(pLo);
                    double pHigherRate = IncomeApproach.DEFAULT.value(IncomeInputs.of(new Forecast.Direct(Amounts.of(hi, 100)), DiscountRate.given(rate + 0.01), Money.CNY)).presentValue();
                    assertThat(pHigherRate).isLessThanOrEqualTo(pHi);
                });
    }

    /**
     * Cost saving with the series swapped: with-data costs 800, without 700, tax 25 %, i = 10 %:
     * F_t = (700 − 800) × 0.75 = −75, P = −75/1.1 − 75/1.21 = −130.1652… → CNY −130.17, with a warning in the
     * result and in the explanation's value step.
     */
    @Test
    void test_value_negativeCostSavingWarns() {
        Forecast f = new Forecast.Incremental(Amounts.of(800, 800), Amounts.of(700, 700), IncrementalKind.COST_SAVING, 0.25);
        IncomeResult r = IncomeApproach.DEFAULT.value(IncomeInputs.of(f, DiscountRate.given(0.10), Money.CNY));
        assertThat(r.value()).isEqualTo(Money.cny("-130.17"));
        assertThat(r.warnings()).containsExactly("negative cost saving: incremental forecast of kind COST_SAVING, "
                + "F_t = (without − with) × (1 − tax), gives P = CNY -130.17; the with-data costs exceed the without-data "
                + "costs (negative in periods 1, 2). Check that withData and withoutData are not swapped and that the kind "
                + "is not meant to be REVENUE_GROWTH");
        assertThat(r.explanation().resultStep().key()).isEqualTo(IncomeSteps.VALUE);
        assertThat(r.explanation().resultStep().inputs()).anySatisfy(q -> assertThat(q.text()).isEqualTo(r.warnings().get(0)));
        assertThat(r.explanation().toText()).contains("negative cost saving");
    }

    /** The same figures the right way round (without 800, with 700): P = +130.17 and no warning. */
    @Test
    void test_value_positiveCostSavingNoWarning() {
        Forecast f = new Forecast.Incremental(Amounts.of(700, 700), Amounts.of(800, 800), IncrementalKind.COST_SAVING, 0.25);
        IncomeResult r = IncomeApproach.DEFAULT.value(IncomeInputs.of(f, DiscountRate.given(0.10), Money.CNY));
        assertThat(r.value()).isEqualTo(Money.cny("130.17"));
        assertThat(r.warnings()).isEmpty();
        assertThat(r.explanation().toText()).doesNotContain("warning");
    }

    /** One negative period (700 → 720) in a positive total: P = 75/1.1 − 15/1.21 = 55.79, no warning (the value is what is flagged). */
    @Test
    void test_value_costSavingOneNegativePeriodPositiveTotalNoWarning() {
        Forecast f = new Forecast.Incremental(Amounts.of(700, 820), Amounts.of(800, 800), IncrementalKind.COST_SAVING, 0.25);
        IncomeResult r = IncomeApproach.DEFAULT.value(IncomeInputs.of(f, DiscountRate.given(0.10), Money.CNY));
        assertThat(r.value()).isEqualTo(Money.cny("55.79"));
        assertThat(r.warnings()).isEmpty();
    }

    /** Revenue growth below zero (with 900 < without 1000, no tax, i = 0): P = −100, warned likewise. */
    @Test
    void test_value_negativeRevenueGrowthWarns() {
        Forecast f = new Forecast.Incremental(Amounts.of(900), Amounts.of(1000), IncrementalKind.REVENUE_GROWTH, 0);
        IncomeResult r = IncomeApproach.DEFAULT.value(IncomeInputs.of(f, DiscountRate.given(0), Money.CNY));
        assertThat(r.value()).isEqualTo(Money.cny("-100.00"));
        assertThat(r.warnings()).singleElement().asString().startsWith("negative revenue growth: ")
                .contains("P = CNY -100.00", "(negative in period 1)");
        // a direct forecast may be negative (a loss) without this warning
        IncomeResult loss = IncomeApproach.DEFAULT.value(IncomeInputs.of(new Forecast.Direct(Amounts.of(-100)),
                DiscountRate.given(0), Money.CNY));
        assertThat(loss.warnings()).isEmpty();
    }
}
