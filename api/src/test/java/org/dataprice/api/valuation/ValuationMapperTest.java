package org.dataprice.api.valuation;

import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.Approach;
import org.dataprice.appraisal.ApproachWeight;
import org.dataprice.appraisal.Engagement;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.quality.WeightMethod;
import org.dataprice.valuation.market.DataRight;
import org.dataprice.valuation.cost.CostCategory;
import org.dataprice.valuation.cost.CostInputs;
import org.dataprice.valuation.cost.CostResult;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.cost.CostApproach;
import org.dataprice.valuation.income.ContributoryCharge;
import org.dataprice.valuation.income.Discounting;
import org.dataprice.valuation.income.Forecast;
import org.dataprice.valuation.income.IncomeApproach;
import org.dataprice.valuation.income.IncomeInputs;
import org.dataprice.valuation.income.IncomeResult;
import org.dataprice.valuation.income.IncrementalKind;
import org.dataprice.valuation.market.MarketApproach;
import org.dataprice.valuation.market.MarketInputs;
import org.dataprice.valuation.market.MarketResult;
import org.dataprice.valuation.market.Weighting;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataprice.api.MapperRoundTrip.assertCarried;
import static org.dataprice.api.MapperRoundTrip.assertFullyPopulated;
import static org.dataprice.api.MapperRoundTrip.normalise;

/**
 * No silent data drops in {@link ValuationMapper}: a fully populated engagement (every optional field set) maps to a
 * core {@link Engagement} that carries every field, and the core {@link ValuationReport} maps to a
 * {@link ReportResponse} (the issued JSON snapshot) that carries every figure of the report; likewise for the
 * stand-alone cost, income and market approaches. The stored form of a valuation is the request itself
 * ({@code engagement_json}) and the report response ({@code report_json}), so these two mappings are its round trip.
 */
class ValuationMapperTest {
    private static final LocalDate DATE = LocalDate.of(2024, 12, 31);

    /** The fields a fixture leaves null because its kind does not read them (each kind is covered by its own test). */
    private static final Set<String> OTHER_KINDS = Set.of(
            "cost.inputs.adjustment.qualityScore", "cost.inputs.adjustment.remaining", "cost.inputs.adjustment.total",
            "income.inputs.forecast.shareBand", "income.inputs.forecast.withoutData", "income.inputs.forecast.incrementalKind",
            "income.inputs.forecast.taxRate", "income.inputs.forecast.charges");

    private static AppraisalRequests.Cost cost() {
        return new AppraisalRequests.Cost("USD",
                List.of(new AppraisalRequests.CostItem("collection", CostCategory.DIRECT, new BigDecimal("100.00")),
                        new AppraisalRequests.CostItem("overhead", CostCategory.INDIRECT, new BigDecimal("50"))),
                0.1, new AppraisalRequests.Adjustment(AppraisalRequests.AdjustmentKind.GIVEN, null, null, null, 0.8, true,
                "premium for exclusivity"));
    }

    private static AppraisalRequests.Income income() {
        return new AppraisalRequests.Income("USD",
                new AppraisalRequests.Forecast(AppraisalRequests.ForecastKind.SHARE,
                        List.of(new BigDecimal("400"), new BigDecimal("420"), new BigDecimal("430")), 0.1539, null, null, null,
                        null, null),
                new AppraisalRequests.Rate(0.1, 0.06, List.of(new AppraisalRequests.Premium("risk", 0.04))),
                Discounting.MID_PERIOD, new AppraisalRequests.Term(5, 4, 3), 0.05);
    }

    private static AppraisalRequests.Market market() {
        return new AppraisalRequests.Market("USD",
                new AppraisalRequests.Subject(DataRight.PRODUCT_OPERATION, DATE, 100.0, 0.8, 1.0),
                List.of(comparable("A", "100", 1.0), comparable("B", "110", 1.1), comparable("C", "105", 1.05)),
                0.9, Weighting.SIMILARITY, 0.5, "three close comparables");
    }

    private static AppraisalRequests.Comparable comparable(String id, String price, double index) {
        return new AppraisalRequests.Comparable(id, new BigDecimal(price), DATE.minusMonths(3), DataRight.PRODUCT_OPERATION,
                100.0, 0.8, 1.02, 0.98, index, 0.9);
    }

    private static AppraisalRequests.Quality quality() {
        return new AppraisalRequests.Quality(List.of(List.of(1.0, 3.0), List.of(1 / 3.0, 1.0)), WeightMethod.GEOMETRIC_MEAN,
                List.of(new AppraisalRequests.Criterion("accuracy", "准确性", 0.9),
                        new AppraisalRequests.Criterion("timeliness", "时效性", 0.6)));
    }

    /** @return a fully populated engagement (all three approaches, quality, every optional field of its kinds) */
    static ValuationRequest engagement() {
        return new ValuationRequest("REF-1",
                new ValuationRequest.Asset("traces", "table", "vehicle_id, ts", "1.2 TB", "2021-2024", "daily", "cloud"),
                DataRight.PRODUCT_OPERATION, "pledge financing", "market value", DATE, "A. Appraiser",
                List.of("going concern", "no change of law"), List.of("compliance not audited"), "USD", quality(),
                new ValuationRequest.WeightedCost(0.2, "costs are itemised", cost()),
                new ValuationRequest.WeightedIncome(0.6, "income is forecastable", income()),
                new ValuationRequest.WeightedMarket(0.2, "few comparables", market()), "Example Data Co.",
                List.of(new ValuationRequest.Signatory("Zhang Wei", "50180012"), new ValuationRequest.Signatory("Li Na", "50180034")),
                "REG-traces-1");
    }

    @Test
    void test_engagement_requestToCore_carriesEveryField() {
        ValuationRequest r = engagement();
        assertFullyPopulated(r, OTHER_KINDS);

        Engagement e = ValuationMapper.toModel(r);

        // reference, asset (every field), right, purpose, basis, date, appraiser, assumptions, conditions, currency;
        // registrationId is a citation, not an appraisal input: checked against the registry and stored with the
        // engagement and in registry_citation, never part of the core engagement or its input hash
        assertCarried(r, e, Map.of(), Set.of("quality", "cost", "income", "market", "registrationId"));
        assertThat(Engagement.class.getRecordComponents()).extracting("name").doesNotContain("registrationId");
        // quality: the criteria with their scores, weighted by AHP over the matrix with the requested method
        assertCarried(r.quality(), e.quality(), Map.of(), Set.of("matrix", "method"));
        assertThat(e.quality().criteria().stream().map(c -> c.weight()).toList())
                .isEqualTo(normaliseWeights(ValuationMapper.ahp(r.quality()).weights().toArray()));
        assertThat(ValuationMapper.ahp(r.quality()).method()).isEqualTo(WeightMethod.GEOMETRIC_MEAN);
        // the weights and reasons of the three approaches
        assertThat(e.weights()).containsExactlyInAnyOrder(new ApproachWeight(Approach.COST, 0.2, "costs are itemised"),
                new ApproachWeight(Approach.INCOME, 0.6, "income is forecastable"),
                new ApproachWeight(Approach.MARKET, 0.2, "few comparables"));
        costCarried(r.cost().inputs(), e.cost());
        incomeCarried(r.income().inputs(), e.income());
        marketCarried(r.market().inputs(), e.market());
    }

    private static List<Double> normaliseWeights(double[] w) {
        return java.util.Arrays.stream(w).boxed().toList();
    }

    private static void costCarried(AppraisalRequests.Cost r, CostInputs c) {
        assertCarried(r, c, Map.of(), Set.of("currency", "adjustment"));
        assertThat(c.items()).allSatisfy(i -> assertThat(i.amount().currency().getCurrencyCode()).isEqualTo(r.currency()));
        assertThat(c.adjustment()).isInstanceOf(ValueAdjustment.Given.class);
        assertCarried(r.adjustment(), (ValueAdjustment.Given) c.adjustment(), Map.of(),
                Set.of("kind", "qualityScore", "remaining", "total"));
    }

    private static void incomeCarried(AppraisalRequests.Income r, IncomeInputs c) {
        assertCarried(r, c, Map.of(), Set.of("forecast"));
        Forecast.Share share = (Forecast.Share) c.forecast();
        assertThat(normalise(share.base())).isEqualTo(normalise(r.forecast().amounts()));
        assertThat(share.share().k()).isEqualTo(r.forecast().shareRate());
    }

    private static void marketCarried(AppraisalRequests.Market r, MarketInputs c) {
        assertCarried(r, c, Map.of(), Set.of("currency", "volumeExponent"));
        assertThat(c.volumeAdjustment().exponent()).isEqualTo(r.volumeExponent());
        assertThat(c.currency().getCurrencyCode()).isEqualTo(r.currency());
    }

    @Test
    void test_report_coreToResponse_carriesEveryFigure() {
        ValuationReport report = Appraisal.DEFAULT.run(ValuationMapper.toModel(engagement()));
        ReportResponse response = ValuationMapper.toResponse(report);

        // approaches (value, weight, reason, warnings, explanation), comparables, warnings, version, hash, explanation;
        // the engagement is stored as the request itself; the reconciliation's value and range are the conclusion's,
        // its weights the approaches', its derivation a step of the report's explanation (asserted below)
        assertCarried(report, response, Map.of(), Set.of("engagement", "quality", "reconciliation", "conclusion", "cashFlows"));
        assertCarried(report.conclusion(), response, Map.of(), Set.of());
        assertThat(response.currency()).isEqualTo("USD");
        assertThat(response.qualityScore()).isEqualTo(report.quality().score());
        assertThat(response.cashFlows()).hasSize(report.cashFlows().rows().size()).isNotEmpty();
        for (int i = 0; i < response.cashFlows().size(); i++) {
            assertCarried(report.cashFlows().rows().get(i), response.cashFlows().get(i), Map.of(), Set.of());
        }
        assertThat(response.approaches()).extracting(ReportResponse.ApproachResult::labelZh)
                .containsExactlyElementsOf(report.approaches().stream().map(a -> a.approach().labelZh()).toList());
        assertThat(response.comparables()).hasSize(3);
        String steps = response.explanation().toString();
        assertThat(steps).contains(report.reconciliation().explanation().resultStep().key().id())
                .contains(report.quality().explanation().resultStep().key().id());
    }

    @Test
    void test_cost_requestToCoreToResponse() {
        AppraisalRequests.Cost r = cost();
        CostInputs c = ValuationMapper.toModel(r);
        costCarried(r, c);
        CostResult result = CostApproach.DEFAULT.value(c);
        AppraisalResponses.Cost response = ValuationMapper.toResponse(result);
        assertCarried(result, response, Map.of(), Set.of());
        assertThat(response.currency()).isEqualTo("USD");
    }

    @Test
    void test_income_requestToCoreToResponse() {
        AppraisalRequests.Income r = income();
        IncomeInputs c = ValuationMapper.toModel(r);
        incomeCarried(r, c);
        IncomeResult result = IncomeApproach.DEFAULT.value(c);
        AppraisalResponses.Income response = ValuationMapper.toResponse(result);
        assertCarried(result, response, Map.of(), Set.of("schedule"));
        assertThat(response.schedule()).hasSize(result.schedule().rows().size());
        for (int i = 0; i < response.schedule().size(); i++) {
            assertCarried(result.schedule().rows().get(i), response.schedule().get(i), Map.of(), Set.of());
        }
    }

    /** The other forecast kinds: incremental (with and without data, kind, tax) and excess earnings (the charges). */
    @Test
    void test_income_otherForecastKinds_carried() {
        AppraisalRequests.Rate rate = new AppraisalRequests.Rate(0.1, null, null);
        List<BigDecimal> with = List.of(new BigDecimal("800"), new BigDecimal("820"));
        List<BigDecimal> without = List.of(new BigDecimal("700"), new BigDecimal("690"));
        IncomeInputs incremental = ValuationMapper.toModel(new AppraisalRequests.Income(null,
                new AppraisalRequests.Forecast(AppraisalRequests.ForecastKind.INCREMENTAL, with, null, null, without,
                        IncrementalKind.COST_SAVING, 0.25, null), rate, null, null, null));
        Forecast.Incremental f = (Forecast.Incremental) incremental.forecast();
        assertThat(normalise(f.withData())).isEqualTo(normalise(with));
        assertThat(normalise(f.withoutData())).isEqualTo(normalise(without));
        assertThat(f.kind()).isEqualTo(IncrementalKind.COST_SAVING);
        assertThat(f.taxRate()).isEqualTo(0.25);

        IncomeInputs excess = ValuationMapper.toModel(new AppraisalRequests.Income(null,
                new AppraisalRequests.Forecast(AppraisalRequests.ForecastKind.EXCESS_EARNINGS, with, null, null, null, null,
                        null, List.of(new AppraisalRequests.Charge("working capital", List.of(BigDecimal.TEN, BigDecimal.ONE)))),
                rate, null, null, null));
        Forecast.ExcessEarnings x = (Forecast.ExcessEarnings) excess.forecast();
        assertThat(normalise(x.groupIncome())).isEqualTo(normalise(with));
        ContributoryCharge charge = x.charges().get(0);
        assertThat(charge.name()).isEqualTo("working capital");
        assertThat(normalise(charge.charges())).isEqualTo(normalise(List.of(10, 1)));
    }

    @Test
    void test_market_requestToCoreToResponse() {
        AppraisalRequests.Market r = market();
        MarketInputs c = ValuationMapper.toModel(r);
        marketCarried(r, c);
        MarketResult result = MarketApproach.DEFAULT.value(c);
        AppraisalResponses.Market response = ValuationMapper.toResponse(result);
        assertCarried(result, response, Map.of(), Set.of());
        assertThat(response.currency()).isEqualTo("USD");
    }

    /**
     * "Engagement quality sets the cost factor U" is the core's rule: a cost adjustment of kind QUALITY without its own
     * score maps to the engagement's own scored quality (scored once by the core), and the report shows that same Q.
     */
    @Test
    void test_engagement_qualityAdjustment_isTheCoresScore() {
        ValuationRequest full = engagement();
        AppraisalRequests.Cost cost = new AppraisalRequests.Cost("USD", full.cost().inputs().items(), 0.1,
                new AppraisalRequests.Adjustment(AppraisalRequests.AdjustmentKind.QUALITY, null, null, null, null, null, null));
        ValuationRequest r = new ValuationRequest(full.reference(), full.asset(), full.right(), full.purpose(),
                full.basisOfValue(), full.valuationDate(), full.appraiser(), full.assumptions(), full.limitingConditions(),
                full.currency(), full.quality(), new ValuationRequest.WeightedCost(0.2, "costs", cost), full.income(),
                full.market(), full.client(), full.signatories(), full.registrationId());

        Engagement e = ValuationMapper.toModel(r);

        assertThat(e.cost().adjustment()).isInstanceOf(ValueAdjustment.Scored.class);
        ValueAdjustment.Scored scored = (ValueAdjustment.Scored) e.cost().adjustment();
        assertThat(scored.score().inputs()).isEqualTo(e.quality());
        assertThat(scored.u()).isCloseTo(0.75 * 0.9 + 0.25 * 0.6, org.assertj.core.data.Offset.offset(1e-12));
        ReportResponse report = ValuationMapper.toResponse(Appraisal.DEFAULT.run(e));
        assertThat(report.qualityScore()).isEqualTo(scored.u());
    }

    /** An inconsistent matrix (Saaty's house example, CR 0.169): every AHP figure, the worst judgement included. */
    @Test
    void test_quality_coreToResponse_carriesEveryFigure() {
        double[][] a = {{1, 5, 3, 7}, {1 / 5.0, 1, 1 / 3.0, 5}, {1 / 3.0, 3, 1, 6}, {1 / 7.0, 1 / 5.0, 1 / 6.0, 1}};
        List<List<Double>> matrix = java.util.Arrays.stream(a).map(row -> java.util.Arrays.stream(row).boxed().toList()).toList();
        AppraisalRequests.Quality r = new AppraisalRequests.Quality(matrix, WeightMethod.EIGENVECTOR,
                List.of(new AppraisalRequests.Criterion("a", "A", 0.9), new AppraisalRequests.Criterion("b", "B", 0.5),
                        new AppraisalRequests.Criterion("c", "C", 0.7), new AppraisalRequests.Criterion("d", "D", 0.2)));
        org.dataprice.quality.AhpResult ahp = ValuationMapper.ahp(r);
        org.dataprice.quality.QualityScore score = org.dataprice.quality.QualityScoring.DEFAULT.score(ValuationMapper.toModel(r, ahp));
        assertThat(ahp.mostInconsistent()).isNotNull();

        AppraisalResponses.Quality response = ValuationMapper.toResponse(ahp, score);

        assertCarried(ahp, response, Map.of(), Set.of());
        assertThat(response.score()).isEqualTo(score.score());
        assertThat(response.scoreExplanation()).isEqualTo(org.dataprice.api.explain.ExplanationResponse.from(score.explanation()));
    }

    @Test
    void test_hierarchy_requestToCoreToResponse_carriesEveryField() {
        QualityRequests.Hierarchy r = new QualityRequests.Hierarchy(new QualityRequests.Node("root", "质量 quality",
                List.of(List.of(1.0, 2.0), List.of(0.5, 1.0)),
                List.of(new QualityRequests.Node("acc", "准确性", List.of(List.of(1.0, 3.0), List.of(1 / 3.0, 1.0)),
                                List.of(new QualityRequests.Node("acc1", "a1", null, null, 0.9),
                                        new QualityRequests.Node("acc2", "a2", null, null, 0.8)), null),
                        new QualityRequests.Node("time", "时效性", null, null, 0.6)), null), WeightMethod.GEOMETRIC_MEAN);
        org.dataprice.quality.HierarchyNode root = ValuationMapper.toModel(r);
        node(r.root(), root);
        org.dataprice.quality.HierarchyWeights weights = org.dataprice.quality.HierarchicalAhp.DEFAULT.weigh(root, r.method());
        org.dataprice.quality.QualityInputs inputs = ValuationMapper.toModel(r, weights);
        assertThat(inputs.criteria()).extracting(c -> c.id() + "=" + c.score()).containsExactlyInAnyOrder("acc1=0.9",
                "acc2=0.8", "time=0.6");
        org.dataprice.quality.QualityScore score = org.dataprice.quality.QualityScoring.DEFAULT.score(inputs);

        QualityResponses.Hierarchy response = ValuationMapper.toResponse(weights, score);

        assertCarried(weights, response, Map.of(), Set.of("matrices"));
        assertThat(response.matrices()).extracting(QualityResponses.Matrix::node).containsExactly("root", "acc");
        for (QualityResponses.Matrix m : response.matrices()) {
            assertCarried(weights.matrices().get(m.node()), m, Map.of(), Set.of("method", "explanation"));
        }
        assertThat(response.score()).isEqualTo(score.score());
    }

    private static void node(QualityRequests.Node r, org.dataprice.quality.HierarchyNode c) {
        assertThat(c.id()).isEqualTo(r.id());
        assertThat(c.label()).isEqualTo(r.label());
        if (r.judgements() == null) {
            assertThat(c.judgements()).isNull();
        } else {
            for (int i = 0; i < r.judgements().size(); i++) {
                for (int j = 0; j < r.judgements().size(); j++) {
                    assertThat(c.judgements().get(i, j)).isEqualTo(r.judgements().get(i).get(j));
                }
            }
        }
        List<QualityRequests.Node> kids = r.children() == null ? List.of() : r.children();
        assertThat(c.children()).hasSize(kids.size());
        for (int i = 0; i < kids.size(); i++) {
            node(kids.get(i), c.children().get(i));
        }
    }

    @Test
    void test_incomeScenarios_andReplacementCost_requestToCore() {
        AppraisalRequests.IncomeScenarios r = new AppraisalRequests.IncomeScenarios("USD", List.of(
                new AppraisalRequests.IncomeScenario("base", 0.7, List.of(new BigDecimal("100"), new BigDecimal("110")),
                        new AppraisalRequests.Rate(0.1, null, null)),
                new AppraisalRequests.IncomeScenario("stress", 0.3, List.of(new BigDecimal("60"), new BigDecimal("70")),
                        new AppraisalRequests.Rate(null, 0.05, List.of(new AppraisalRequests.Premium("risk", 0.07))))),
                Discounting.MID_PERIOD);
        assertFullyPopulated(r, Set.of("scenarios[0].discountRate.riskFree", "scenarios[0].discountRate.premia",
                "scenarios[1].discountRate.rate"));
        org.dataprice.valuation.income.ScenarioInputs in = ValuationMapper.toModel(r);
        assertCarried(r, in, Map.of(), Set.of("scenarios"));
        for (int k = 0; k < 2; k++) {
            assertCarried(r.scenarios().get(k), in.scenarios().get(k), Map.of(), Set.of("discountRate"));
        }
        assertThat(in.scenarios().get(0).discountRate().rate()).isEqualTo(0.1);
        assertCarried(r.scenarios().get(1).discountRate(), in.scenarios().get(1).discountRate(), Map.of(), Set.of("rate"));
        assertThat(in.scenarios().get(1).discountRate().rate()).isCloseTo(0.12, org.assertj.core.data.Offset.offset(1e-15));

        AppraisalRequests.ReplacementCost rc = new AppraisalRequests.ReplacementCost("USD", new BigDecimal("500.00"), 0.2);
        org.dataprice.valuation.cost.ReplacementCostInputs rin = ValuationMapper.toModel(rc);
        assertCarried(rc, rin, Map.of(), Set.of("currency"));
        assertThat(rin.replacementCost().currency().getCurrencyCode()).isEqualTo("USD");
    }

    /**
     * A new request's figure that its kind does not read is refused with its JSON path (adjustment, forecast, discount
     * rate), never silently ignored; a stored engagement is still read as it was stored ({@code toModel}).
     */
    @Test
    void test_newEngagement_fieldOfAnotherKind_refusedNamingIt() {
        ValuationRequest full = engagement();
        AppraisalRequests.Adjustment a = full.cost().inputs().adjustment();
        AppraisalRequests.Cost cost = new AppraisalRequests.Cost("USD", full.cost().inputs().items(), 0.1,
                new AppraisalRequests.Adjustment(a.kind(), 0.7, null, null, a.u(), a.premium(), a.reason()));
        ValuationRequest misplaced = new ValuationRequest(full.reference(), full.asset(), full.right(), full.purpose(),
                full.basisOfValue(), full.valuationDate(), full.appraiser(), full.assumptions(), full.limitingConditions(),
                full.currency(), full.quality(), new ValuationRequest.WeightedCost(0.2, "costs", cost), full.income(),
                full.market(), full.client(), full.signatories(), full.registrationId());
        assertThatThrownBy(() -> ValuationMapper.toNewModel(misplaced)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("cost.inputs.adjustment.qualityScore");
        assertThat(ValuationMapper.toModel(misplaced).cost().adjustment()).isInstanceOf(ValueAdjustment.Given.class);
        assertThat(ValuationMapper.toNewModel(full)).isEqualTo(ValuationMapper.toModel(full));

        AppraisalRequests.Rate rate = new AppraisalRequests.Rate(0.1, null, null);
        List<BigDecimal> amounts = List.of(BigDecimal.TEN);
        AppraisalRequests.ShareBand band = new AppraisalRequests.ShareBand(0.1, 0.3, 0.5);
        Map<String, AppraisalRequests.Forecast> misplacedForecasts = Map.of(
                "forecast.shareBand", new AppraisalRequests.Forecast(AppraisalRequests.ForecastKind.SHARE, amounts, 0.2, band,
                        null, null, null, null),
                "forecast.shareRate", new AppraisalRequests.Forecast(AppraisalRequests.ForecastKind.DIRECT, amounts, 0.2, null,
                        null, null, null, null),
                "forecast.withoutData", new AppraisalRequests.Forecast(AppraisalRequests.ForecastKind.DIRECT, amounts, null,
                        null, amounts, null, null, null),
                "forecast.charges", new AppraisalRequests.Forecast(AppraisalRequests.ForecastKind.DIRECT, amounts, null, null,
                        null, null, null, List.of(new AppraisalRequests.Charge("c", amounts))));
        misplacedForecasts.forEach((field, f) -> assertThatThrownBy(() -> ValuationMapper.toModel(
                new AppraisalRequests.Income(null, f, rate, null, null, null))).as(field)
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field));
        // a share band alone is read
        assertThat(ValuationMapper.toModel(new AppraisalRequests.Income(null, new AppraisalRequests.Forecast(
                AppraisalRequests.ForecastKind.SHARE, amounts, null, band, null, null, null, null), rate, null, null, null))
                .forecast()).isInstanceOf(Forecast.Share.class);
    }
}
