package org.dataprice.appraisal.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.DataAssetDescription;
import org.dataprice.appraisal.Engagement;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.quality.CriterionScore;
import org.dataprice.quality.QualityInputs;
import org.dataprice.quality.QualityScoring;
import org.dataprice.simulation.CorrelationMatrix;
import org.dataprice.simulation.InputDistribution;
import org.dataprice.simulation.MonteCarloSettings;
import org.dataprice.simulation.SimulationInput;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationModel;
import org.dataprice.simulation.ValuationMonteCarlo;
import org.dataprice.valuation.cost.CostCategory;
import org.dataprice.valuation.cost.CostInputs;
import org.dataprice.valuation.cost.CostItem;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.income.Amounts;
import org.dataprice.valuation.income.ContributoryCharge;
import org.dataprice.valuation.income.DiscountRate;
import org.dataprice.valuation.income.Discounting;
import org.dataprice.valuation.income.Forecast;
import org.dataprice.valuation.income.IncomeInputs;
import org.dataprice.valuation.income.IncomeTerm;
import org.dataprice.valuation.income.IncrementalKind;
import org.dataprice.valuation.income.RiskPremium;
import org.dataprice.valuation.income.ShareRate;
import org.dataprice.valuation.market.ComparableTransaction;
import org.dataprice.valuation.market.DataRight;
import org.dataprice.valuation.market.MarketInputs;
import org.dataprice.valuation.market.MarketSubject;
import org.dataprice.valuation.market.VolumeAdjustment;
import org.dataprice.valuation.market.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests of {@link EngagementDrivers} and {@link EngagementDriver}: hand-computed values of the textbook engagement
 * (the same figures the service's analysis tests check), and, over seeded random driver values on engagements of
 * every forecast kind, exact equality with the full {@link Appraisal#run} of the moved engagement.
 */
class EngagementDriversTest {
    private static final LocalDate DATE = LocalDate.of(2024, 12, 31);
    private static final double TOLERANCE = 0.005;

    /**
     * Textbook patent profit-share exercise: K = 15.39 %, i = 6 % + 4 %, profits 400, 420, 430, 450, 440 (PV 248.45);
     * cost TC = 150, R = 0.1, U = 0.8 → 132.00; market three comparables adjusted to 100 → 100.00;
     * weights 0.6 / 0.2 / 0.2 → 195.47.
     */
    static Engagement textbook() {
        IncomeInputs income = IncomeInputs.of(new Forecast.Share(Amounts.of(400, 420, 430, 450, 440), ShareRate.given(0.1539)),
                DiscountRate.buildUp(0.06, new RiskPremium("risk", 0.04)), Money.CNY);
        CostInputs cost = new CostInputs(List.of(CostItem.cny("collection", CostCategory.DIRECT, "100.00"),
                CostItem.cny("overhead", CostCategory.INDIRECT, "50")), 0.1, ValueAdjustment.given(0.8));
        return builder(quality()).income(income, 0.6, "forecastable").cost(cost, 0.2, "itemised").market(market(Weighting.ARITHMETIC_MEAN), 0.2,
                "few comparables").build();
    }

    static QualityInputs quality() {
        return new QualityInputs(List.of(new CriterionScore("accuracy", "准确性", 0.75, 0.9), new CriterionScore("timeliness", "时效性", 0.25, 0.6)));
    }

    static MarketInputs market(Weighting weighting) {
        MarketSubject s = new MarketSubject(DataRight.PRODUCT_OPERATION, DATE, 100, 0.8, 1.0);
        return new MarketInputs(s, List.of(
                new ComparableTransaction("A", Money.cny("100"), LocalDate.of(2024, 6, 30), DataRight.PRODUCT_OPERATION, 100, 0.8, 1, 1, 1.0, 1),
                new ComparableTransaction("B", Money.cny("110"), LocalDate.of(2024, 9, 30), DataRight.PRODUCT_OPERATION, 100, 0.8, 1, 1, 1.1, 0.8),
                new ComparableTransaction("C", Money.cny("50"), LocalDate.of(2024, 3, 31), DataRight.PRODUCT_OPERATION, 50, 0.8, 1, 1, 1.0, 0.6)),
                VolumeAdjustment.LINEAR, weighting, List.of(), MarketInputs.DEFAULT_MAX_CV, "");
    }

    static Engagement.Builder builder(QualityInputs quality) {
        Engagement.Builder b = Engagement.builder().reference("DP-DRIVERS")
                .asset(new DataAssetDescription("traces", "table", "dd", "1 TB", "2021-2024", "daily", "cloud"))
                .right(DataRight.PRODUCT_OPERATION).purpose("pledge").basisOfValue("market value").valuationDate(DATE).appraiser("A");
        return quality == null ? b : b.quality(quality);
    }

    /** Engagements of every forecast kind, discounting, weighting and U route, for the equality properties. */
    static Stream<Engagement> engagements() {
        Amounts r = Amounts.of(1_200_000.5, 1_310_000, 1_405_000.25, 1_500_000, 1_480_000, 1_450_000);
        List<Forecast> forecasts = List.of(
                new Forecast.Direct(r),
                new Forecast.Share(r, ShareRate.inBand(0.15, 0.3, 0.4)),
                new Forecast.Incremental(r, Amounts.of(1_000_000, 1_100_000, 1_150_000, 1_200_000, 1_210_000, 1_220_000),
                        IncrementalKind.REVENUE_GROWTH, 0.25),
                new Forecast.ExcessEarnings(r, List.of(new ContributoryCharge("working capital",
                        Amounts.of(100_000, 101_000, 102_000, 103_000, 104_000, 105_000)))));
        List<Engagement> out = new ArrayList<>();
        for (int i = 0; i < forecasts.size(); i++) {
            IncomeInputs income = new IncomeInputs(forecasts.get(i), i % 2 == 0 ? DiscountRate.given(0.113)
                    : DiscountRate.buildUp(0.025, RiskPremium.management(0.02), RiskPremium.dataSecurity(0.03)),
                    i % 2 == 0 ? Discounting.END_OF_PERIOD : Discounting.MID_PERIOD, i == 3 ? new IncomeTerm(0, 5, 6) : IncomeTerm.FORECAST,
                    i * 0.03, Money.CNY);
            Engagement.Builder b = builder(quality());
            ValueAdjustment u = i % 2 == 0 ? b.qualityAdjustment() : ValueAdjustment.remainingLife(3, 7);
            CostInputs cost = new CostInputs(List.of(CostItem.cny("acquisition", CostCategory.DIRECT, "600000.37"),
                    CostItem.cny("planning", CostCategory.PRELIMINARY, "50000.05"), CostItem.cny("IT", CostCategory.INDIRECT, "70001")),
                    0.1 + 0.01 * i, u);
            out.add(b.income(income, 0.5, "income").cost(cost, 0.2, "cost")
                    .market(market(i % 2 == 0 ? Weighting.SIMILARITY : Weighting.ARITHMETIC_MEAN), 0.3, "market").build());
        }
        // a caller adjustment that depends on the price: the market is valued through the moved records every draw
        MarketInputs m = market(Weighting.SIMILARITY);
        MarketInputs adjusted = new MarketInputs(m.subject(), m.comparables(), VolumeAdjustment.power(0.7), m.weighting(),
                List.of(new org.dataprice.valuation.market.MarketAdjustment("price-level", (subject, c) -> 1 + c.price().toDouble() / 1e4)),
                m.maxCoefficientOfVariation(), m.fewComparablesReason());
        out.add(builder(quality()).market(adjusted, 0.7, "market").cost(new CostInputs(List.of(CostItem.cny("x", CostCategory.DIRECT, "0.07"),
                CostItem.cny("y", CostCategory.TAXES, "0")), 0.05, ValueAdjustment.given(0.9)), 0.3, "cost").build());
        // one approach only: cost alone, U given
        out.add(builder(null).cost(new CostInputs(List.of(CostItem.cny("x", CostCategory.DIRECT, "1234.56")), 0, ValueAdjustment.given(0.5)),
                1, "only").build());
        return out.stream();
    }

    @Test
    void test_names_and_bases_textbook() {
        EngagementDrivers d = new EngagementDrivers(textbook());
        assertThat(d.names()).containsExactly("discountRate", "incomeScale", "growth", "shareRate", "costScale", "qualityU",
                "comparablePriceScale");
        assertThat(d.baseValues()).containsExactly(0.1, 1.0, 0.0, 0.1539, 1.0, 0.8, 1.0);
        assertThat(d.base("qualityU")).isEqualTo(0.8);
        assertThat(d.model().name()).isEqualTo("appraisal.reconciled");
        assertThat(d.model().unit()).isEqualTo("CNY");
    }

    @Test
    void test_names_costOnly() {
        EngagementDrivers d = new EngagementDrivers(engagements().reduce((a, b) -> b).orElseThrow());
        assertThat(d.names()).containsExactly("costScale", "qualityU");
        assertThat(EngagementDriver.SHARE_RATE.appliesTo(d.engagement())).isFalse();
    }

    /** The base point reproduces the report's value exactly: 195.47 (see {@link #textbook()}). */
    @Test
    void test_baseValue_textbook() {
        Engagement e = textbook();
        EngagementDrivers d = new EngagementDrivers(e);
        Money report = Appraisal.DEFAULT.run(e).conclusion().value();
        assertThat(report).isEqualTo(Money.cny("195.47"));
        assertThat(d.baseValue()).isEqualTo(report);
        assertThat(d.model().function().value(new double[] {0.1, 1, 0, 0.1539, 1, 0.8, 1})).isEqualTo(195.47);
        assertThat(d.apply(new double[] {0.1, 1, 0, 0.1539, 1, 0.8, 1})).isSameAs(e);
    }

    /**
     * Hand computed: income PV at scale s is 248.45163581722554 × s, rounded to cents: 0.9 → 223.61, 1.1 → 273.30, so
     * V = 0.6 × income + 26.40 + 20.00 = 180.57 / 210.38; cost × 0.9 = 118.80 → 192.83, × 1.1 = 145.20 → 198.11;
     * market × 1.5 adds 0.2 × 50 = 10 → 205.47; U = 1.2 (a premium): cost 198.00 → 0.2 × 198 = 39.60 → 208.67.
     */
    @Test
    void test_valueOf_textbook_handComputed() {
        EngagementDrivers d = new EngagementDrivers(textbook());
        assertThat(d.model(List.of("incomeScale")).function().value(new double[] {0.9})).isCloseTo(180.57, org.assertj.core.api.Assertions.offset(1e-9));
        assertThat(d.model(List.of("incomeScale")).function().value(new double[] {1.1})).isEqualTo(210.38);
        assertThat(d.model(List.of("costScale")).function().value(new double[] {0.9})).isEqualTo(192.83);
        assertThat(d.model(List.of("costScale")).function().value(new double[] {1.1})).isEqualTo(198.11);
        assertThat(d.model(List.of("comparablePriceScale")).function().value(new double[] {1.5})).isEqualTo(205.47);
        assertThat(d.model(List.of("qualityU")).function().value(new double[] {1.2})).isEqualTo(208.67);
        assertThat(d.apply(new double[] {0.1, 1, 0, 0.1539, 1, 1.2, 1}).cost().adjustment())
                .isEqualTo(new ValueAdjustment.Given(1.2, true, "sensitivity driver u"));
    }

    /** Property: at base, every engagement's drivers give exactly its report's value. */
    @ParameterizedTest
    @MethodSource("engagements")
    void test_baseValue_equalsReport(Engagement e) {
        EngagementDrivers d = new EngagementDrivers(e);
        Money report = Appraisal.DEFAULT.run(e).conclusion().value();
        assertThat(d.baseValue()).isEqualTo(report);
        double[] base = d.baseValues().stream().mapToDouble(Double::doubleValue).toArray();
        assertThat(d.value(base)).isEqualTo(report.amount().doubleValue());
    }

    /**
     * Property (seeded, 150 draws per engagement): with a random subset of drivers moved to random values in their
     * domain, the fast value equals the full appraisal of the moved engagement exactly, and the value is the same
     * through the {@link ValuationModel} over every driver.
     */
    @ParameterizedTest
    @MethodSource("engagements")
    void test_valueOf_equalsFullAppraisalOfMovedEngagement(Engagement e) {
        EngagementDrivers d = new EngagementDrivers(e);
        ValuationModel model = d.model();
        SplittableRandom rng = new SplittableRandom(20_261_205L + e.hashCode() % 7);
        double[] base = d.baseValues().stream().mapToDouble(Double::doubleValue).toArray();
        for (int draw = 0; draw < 150; draw++) {
            double[] x = base.clone();
            for (int i = 0; i < x.length; i++) {
                if (rng.nextInt(3) > 0) {
                    x[i] = random(d.drivers().get(i), rng);
                }
            }
            Money full = Appraisal.DEFAULT.run(d.apply(x)).conclusion().value();
            assertThat(d.valueOf(x)).as("draw %d at %s", draw, java.util.Arrays.toString(x)).isEqualTo(full);
            assertThat(model.function().value(x)).isEqualTo(full.amount().doubleValue());
        }
    }

    private static double random(EngagementDriver driver, SplittableRandom rng) {
        return switch (driver) {
            case DISCOUNT_RATE -> rng.nextDouble(0.02, 0.25);
            case INCOME_SCALE, COST_SCALE, COMPARABLE_PRICE_SCALE -> rng.nextDouble(0.5, 1.5);
            case GROWTH -> rng.nextDouble(-0.1, 0.2);
            case SHARE_RATE -> rng.nextDouble(0, 1);
            case QUALITY_U -> rng.nextDouble(0.05, 1.3);
        };
    }

    /** Property: each driver moves the value the documented way (monotone in every driver on positive incomes). */
    @Test
    void test_value_monotoneInDrivers() {
        EngagementDrivers d = new EngagementDrivers(textbook());
        for (String name : d.names()) {
            ValuationModel m = d.model(List.of(name));
            double b = d.base(name);
            double lo = m.function().value(new double[] {name.equals("growth") ? -0.05 : b * 0.9});
            double hi = m.function().value(new double[] {name.equals("growth") ? 0.05 : b * 1.1});
            if (name.equals("discountRate")) {
                assertThat(lo).as(name).isGreaterThan(hi);
            } else {
                assertThat(lo).as(name).isLessThan(hi);
            }
        }
    }

    @Test
    void test_require_unknownDriver() {
        EngagementDrivers d = new EngagementDrivers(engagements().reduce((a, b) -> b).orElseThrow());
        assertThat(d.require("costScale", "tornado[0].driver")).isEqualTo("costScale");
        assertThatThrownBy(() -> d.require("shareRate", "tornado[1].driver")).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("tornado[1].driver");
        assertThatThrownBy(() -> d.model(List.of("costScale", "moonPhase"))).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("inputs[1]");
        assertThatThrownBy(() -> EngagementDriver.of("moonPhase", "driver")).isInstanceOf(InvalidInputException.class);
        assertThat(EngagementDriver.of("qualityU", "driver")).isEqualTo(EngagementDriver.QUALITY_U);
    }

    @Test
    void test_valueOf_invalidDriverValues_nameTheInput() {
        EngagementDrivers d = new EngagementDrivers(textbook());
        assertThatThrownBy(() -> d.valueOf(new double[] {-1.5, 1, 0, 0.1539, 1, 0.8, 1})).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("income.discountRate.rate");
        assertThatThrownBy(() -> d.valueOf(new double[] {0.1, 1, 0, 1.2, 1, 0.8, 1})).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("income.forecast.share.k");
        assertThatThrownBy(() -> d.valueOf(new double[] {0.1, 1, 0, 0.1539, 1, -0.1, 1})).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("cost.adjustment.u");
        assertThatThrownBy(() -> d.valueOf(new double[] {0.1, 1, 0, 0.1539, -1, 0.8, 1})).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("cost.items[0].amount");
        assertThatThrownBy(() -> d.valueOf(new double[] {0.1, 1, 0, 0.1539, 1, 0.8, 0})).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("market.comparables[0].price");
        assertThatThrownBy(() -> d.valueOf(new double[] {0.1, Double.NaN, 0, 0.1539, 1, 0.8, 1})).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("incomeScale");
        assertThatThrownBy(() -> d.valueOf(new double[] {0.1})).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("values");
    }

    /** Issue 12: the engagement's quality sets U once; the report shows that same score, not a second scoring. */
    @Test
    void test_qualityAdjustment_scoredOnceAndReported() {
        Engagement.Builder b = builder(quality());
        ValueAdjustment u = b.qualityAdjustment();
        assertThat(u).isInstanceOf(ValueAdjustment.Scored.class);
        assertThat(u.u()).isEqualTo(QualityScoring.DEFAULT.score(quality()).score()).isEqualTo(0.75 * 0.9 + 0.25 * 0.6);
        assertThat(b.qualityAdjustment()).isEqualTo(u);
        assertThat(u.route()).isEqualTo(ValueAdjustment.fromQuality(u.u()).route());
        Engagement e = b.cost(new CostInputs(List.of(CostItem.cny("x", CostCategory.DIRECT, "150")), 0.1, u), 1, "only").build();
        ValuationReport r = Appraisal.DEFAULT.run(e);
        assertThat(r.quality()).isSameAs(((ValueAdjustment.Scored) u).score());
        // Q = 0.675 + 0.15 = 0.8250000000000001 in double, so P = 150 × 1.1 × Q = 136.12500000000001… → 136.13 (HALF_EVEN)
        assertThat(r.conclusion().value()).isEqualTo(Money.cny("136.13"));
        // the same U given as a number gives the same report, hash included
        Engagement plain = builder(quality()).cost(new CostInputs(List.of(CostItem.cny("x", CostCategory.DIRECT, "150")), 0.1,
                ValueAdjustment.fromQuality(u.u())), 1, "only").build();
        assertThat(Appraisal.DEFAULT.run(plain).inputHash()).isEqualTo(r.inputHash());
    }

    @Test
    void test_qualityAdjustment_withoutQuality_namesQualityScore() {
        assertThatThrownBy(() -> builder(null).qualityAdjustment()).isInstanceOf(InvalidInputException.class)
                .extracting(t -> ((InvalidInputException) t).field()).isEqualTo("qualityScore");
    }

    /** Seeded Monte Carlo over the drivers: reproducible, and FIXED at base gives the report's value with s.d. 0. */
    @Test
    void test_monteCarlo_overDrivers() {
        EngagementDrivers d = new EngagementDrivers(textbook());
        ValuationModel m = d.model(List.of("incomeScale", "costScale"));
        SimulationInputs fixed = new SimulationInputs(m, List.of(new SimulationInput("incomeScale", new InputDistribution.Fixed(1)),
                new SimulationInput("costScale", new InputDistribution.Fixed(1))), CorrelationMatrix.identity(2), MonteCarloSettings.of(64, 7));
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(fixed);
        assertThat(r.mean()).isCloseTo(195.47, org.assertj.core.api.Assertions.offset(1e-9));
        assertThat(r.standardDeviation()).isCloseTo(0, org.assertj.core.api.Assertions.offset(1e-9));
        SimulationInputs uniform = new SimulationInputs(m, List.of(new SimulationInput("incomeScale", new InputDistribution.Uniform(0.9, 1.1)),
                new SimulationInput("costScale", new InputDistribution.Uniform(0.9, 1.1))), CorrelationMatrix.identity(2),
                MonteCarloSettings.of(2048, 11).withThreads(2));
        SimulationResult a = ValuationMonteCarlo.DEFAULT.run(uniform);
        assertThat(a.mean()).isCloseTo(195.47, org.assertj.core.api.Assertions.offset(4 * a.standardError() + TOLERANCE));
        assertThat(ValuationMonteCarlo.DEFAULT.run(uniform).mean()).isEqualTo(a.mean());
    }

    @Test
    void test_model_nonFiniteValueIsNotPossible_errorsAreInputErrors() {
        EngagementDrivers d = new EngagementDrivers(textbook());
        ValuationModel m = d.model(List.of("discountRate"));
        assertThatThrownBy(() -> m.evaluate(new double[] {-2}, "draw 1")).isInstanceOf(InvalidInputException.class)
                .isNotInstanceOf(CalculationException.class);
    }
}
