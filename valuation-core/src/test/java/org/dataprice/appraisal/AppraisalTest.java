package org.dataprice.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.explain.LibraryVersion;
import org.dataprice.money.Money;
import org.dataprice.quality.CriterionScore;
import org.dataprice.quality.QualityInputs;
import org.dataprice.valuation.cost.CostApproach;
import org.dataprice.valuation.cost.CostCategory;
import org.dataprice.valuation.cost.CostInputs;
import org.dataprice.valuation.cost.CostItem;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.income.Amounts;
import org.dataprice.valuation.income.DiscountRate;
import org.dataprice.valuation.income.Discounting;
import org.dataprice.valuation.income.Forecast;
import org.dataprice.valuation.income.IncomeApproach;
import org.dataprice.valuation.income.IncomeInputs;
import org.dataprice.valuation.income.IncomeTerm;
import org.dataprice.valuation.income.RiskPremium;
import org.dataprice.valuation.income.ShareRate;
import org.dataprice.valuation.market.ComparableTransaction;
import org.dataprice.valuation.market.DataRight;
import org.dataprice.valuation.market.MarketApproach;
import org.dataprice.valuation.market.MarketInputs;
import org.dataprice.valuation.market.MarketSubject;
import org.junit.jupiter.api.Test;

/** Tests of {@link Appraisal} and {@link Engagement}. */
class AppraisalTest {
    static final LocalDate DATE = LocalDate.of(2026, 6, 30);

    static CostInputs cost() {
        return new CostInputs(List.of(CostItem.cny("采集 acquisition", CostCategory.DIRECT, "600000"),
                CostItem.cny("规划 planning", CostCategory.PRELIMINARY, "50000")), 0.1, ValueAdjustment.fromQuality(0.86));
    }

    static IncomeInputs income() {
        return new IncomeInputs(new Forecast.Share(Amounts.of(2_000_000, 2_200_000, 2_400_000, 2_500_000, 2_500_000), ShareRate.inBand(0.15, 0.30, 0.4)),
                DiscountRate.buildUp(0.025, RiskPremium.management(0.02), RiskPremium.circulation(0.02), RiskPremium.dataSecurity(0.03),
                        RiskPremium.regulatory(0.02)), Discounting.MID_PERIOD, new IncomeTerm(0, 5, 5), 0.05, Money.CNY);
    }

    static MarketInputs market() {
        MarketSubject s = new MarketSubject(DataRight.PRODUCT_OPERATION, DATE, 1_000_000, 0.86, 1080);
        return MarketInputs.of(s, List.of(
                new ComparableTransaction("WDE-2026-001", Money.cny("900000"), LocalDate.of(2026, 1, 15), DataRight.PRODUCT_OPERATION, 900_000, 0.8, 1, 1, 1040, 0.9),
                new ComparableTransaction("WDE-2026-017", Money.cny("1100000"), LocalDate.of(2026, 3, 2), DataRight.PRODUCT_OPERATION, 1_200_000, 0.9, 1, 1, 1060, 0.8),
                new ComparableTransaction("SZDE-2025-233", Money.cny("950000"), LocalDate.of(2025, 11, 20), DataRight.PRODUCT_OPERATION, 1_000_000, 0.85, 1.05, 0.95, 1010, 0.7)));
    }

    static Engagement.Builder sut() {
        return sut(income());
    }

    static Engagement.Builder sut(IncomeInputs income) {
        return Engagement.builder().reference("DP-2026-0001")
                .asset(new DataAssetDescription("企业信用数据集 Enterprise credit dataset", "relational, 12 tables", "DD v3.2",
                        "3.2 千万条 records, 180 GB", "2019-01 to 2026-06", "daily", "private cloud, encrypted at rest"))
                .right(DataRight.PRODUCT_OPERATION).purpose("质押融资 pledge financing").basisOfValue("市场价值 market value")
                .valuationDate(DATE).appraiser("重庆某资产评估有限公司 / appraiser A")
                .assumption("持续使用假设 continued use").limitingCondition("数据权属以登记证书为准 title per registration certificate")
                .quality(new QualityInputs(List.of(new CriterionScore("accuracy", "准确性", 0.6, 0.9), new CriterionScore("timeliness", "时效性", 0.4, 0.8))))
                .income(income, 0.5, "contracted revenue, reliable forecast")
                .cost(cost(), 0.2, "costs documented, but cost understates utility")
                .market(market(), 0.3, "three exchange comparables");
    }

    @Test
    void test_run_threeApproaches() {
        ValuationReport r = Appraisal.DEFAULT.run(sut().build());
        assertThat(r.approaches()).extracting(ApproachOutcome::approach).containsExactly(Approach.INCOME, Approach.COST, Approach.MARKET);
        assertThat(r.approaches().get(0).value()).isEqualTo(IncomeApproach.DEFAULT.value(income()).value());
        assertThat(r.approaches().get(1).value()).isEqualTo(CostApproach.DEFAULT.value(cost()).value());
        assertThat(r.approaches().get(2).value()).isEqualTo(MarketApproach.DEFAULT.value(market()).value());
        assertThat(r.conclusion().value()).isEqualTo(r.reconciliation().value());
        assertThat(r.explanation().resultStep().key()).isEqualTo(AppraisalSteps.CONCLUSION);
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.conclusion().value().amount());
        assertThat(r.quality().score()).isEqualTo(0.6 * 0.9 + 0.4 * 0.8);
        assertThat(r.cashFlows().rows()).hasSize(5);
        assertThat(r.comparables()).hasSize(3);
        assertThat(r.libraryVersion()).isEqualTo(LibraryVersion.VERSION);
        assertThat(r.inputHash()).matches("[0-9a-f]{64}");
        assertThat(r.sections()).extracting(ReportSection::id).containsExactly("engagement", "asset", "assumptions",
                "limitingConditions", "quality", "approach.income", "approach.cost", "approach.market", "cashFlows", "comparables",
                "reconciliation",
                "conclusion", "provenance");
        assertThat(r.toText()).contains("评估结论 / Conclusion").contains(r.conclusion().value().toString()).contains(r.inputHash());
        // every computed item's explanation ends with a step whose value is the item's figure
        for (ApproachOutcome o : r.approaches()) {
            assertThat(o.explanation().resultStep().result().number()).isEqualByComparingTo(o.value().amount());
        }
    }

    /** An income forecast of swapped cost-saving series (with 800 > without 700): the report's first section warns. */
    static IncomeInputs negativeCostSaving() {
        return IncomeInputs.of(new Forecast.Incremental(Amounts.of(800, 800), Amounts.of(700, 700),
                org.dataprice.valuation.income.IncrementalKind.COST_SAVING, 0.25), DiscountRate.given(0.10), Money.CNY);
    }

    @Test
    void test_run_warningsSectionFirstWhenAnyWarning() {
        ValuationReport r = Appraisal.DEFAULT.run(sut(negativeCostSaving()).build());
        String warning = IncomeApproach.DEFAULT.value(negativeCostSaving()).warnings().get(0);
        assertThat(r.warnings()).containsExactly(warning);
        assertThat(r.approaches().get(0).warnings()).containsExactly(warning);
        ReportSection first = r.sections().get(0);
        assertThat(first.id()).isEqualTo("warnings");
        assertThat(first.titleZh()).isEqualTo("评估提示");
        assertThat(first.titleEn()).isEqualTo("Warnings");
        assertThat(first.items()).singleElement().satisfies(i -> {
            assertThat(i.labelZh()).isEqualTo("收益法提示");
            assertThat(i.labelEn()).isEqualTo("Income approach warning");
            assertThat(i.value()).isEqualTo(warning);
        });
        assertThat(r.toText()).contains("== 评估提示 / Warnings ==\n收益法提示 / Income approach warning: " + warning + "\n");
        // without a warning there is no such section
        assertThat(Appraisal.DEFAULT.run(sut().build()).sections()).extracting(ReportSection::id).doesNotContain("warnings");
    }

    @Test
    void test_run_reproducibleBitForBit() {
        ValuationReport a = Appraisal.DEFAULT.run(sut().build());
        ValuationReport b = Appraisal.DEFAULT.run(sut().build());
        assertThat(b.inputHash()).isEqualTo(a.inputHash());
        assertThat(b.toText()).isEqualTo(a.toText());
        assertThat(b.cashFlows().toCsv()).isEqualTo(a.cashFlows().toCsv());
        ValuationReport c = Appraisal.DEFAULT.run(sut().purpose("转让 transfer").build());
        assertThat(c.inputHash()).isNotEqualTo(a.inputHash());
        ValuationReport d = Appraisal.DEFAULT.run(sut().assumption("another").build());
        assertThat(d.inputHash()).isNotEqualTo(a.inputHash());
    }

    @Test
    void test_run_singleApproach() {
        Engagement e = Engagement.builder().reference("r").asset(sut().build().asset()).right(DataRight.RESOURCE_HOLDING)
                .purpose("p").basisOfValue("b").valuationDate(DATE).appraiser("a").cost(cost(), 1, "only costs known").build();
        ValuationReport r = Appraisal.DEFAULT.run(e);
        assertThat(r.conclusion().value()).isEqualTo(CostApproach.DEFAULT.value(cost()).value());
        assertThat(r.quality()).isNull();
        assertThat(r.cashFlows().rows()).isEmpty();
    }

    @Test
    void test_engagement_noApproach() {
        assertThatThrownBy(() -> Engagement.builder().reference("r").asset(sut().build().asset()).right(DataRight.RESOURCE_HOLDING)
                .purpose("p").basisOfValue("b").valuationDate(DATE).appraiser("a").build())
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("approaches"));
    }

    @Test
    void test_engagement_weightsNotSummingToOne() {
        assertThatThrownBy(() -> sut().cost(cost(), 0.2, "x").build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights[3].approach"));
        Engagement ok = sut().build();
        assertThatThrownBy(() -> new Engagement(ok.reference(), ok.asset(), ok.right(), ok.purpose(), ok.basisOfValue(), ok.valuationDate(),
                ok.appraiser(), ok.assumptions(), ok.limitingConditions(), ok.quality(), ok.cost(), ok.income(), ok.market(),
                List.of(new ApproachWeight(Approach.COST, 0.5, "r"), new ApproachWeight(Approach.INCOME, 0.2, "r"),
                        new ApproachWeight(Approach.MARKET, 0.2, "r")), ok.currency()))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights"));
        assertThatThrownBy(() -> new Engagement(ok.reference(), ok.asset(), ok.right(), ok.purpose(), ok.basisOfValue(), ok.valuationDate(),
                ok.appraiser(), ok.assumptions(), ok.limitingConditions(), ok.quality(), ok.cost(), ok.income(), ok.market(),
                List.of(new ApproachWeight(Approach.COST, 0.5, "r"), new ApproachWeight(Approach.INCOME, 0.5, "r")), ok.currency()))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights"));
    }

    @Test
    void test_engagement_weightForUnusedApproach() {
        Engagement ok = sut().build();
        assertThatThrownBy(() -> new Engagement(ok.reference(), ok.asset(), ok.right(), ok.purpose(), ok.basisOfValue(), ok.valuationDate(),
                ok.appraiser(), ok.assumptions(), ok.limitingConditions(), ok.quality(), ok.cost(), null, null,
                List.of(new ApproachWeight(Approach.COST, 0.5, "r"), new ApproachWeight(Approach.INCOME, 0.5, "r")), ok.currency()))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights[1].approach"));
    }

    @Test
    void test_engagement_marketRightOrDateMismatch() {
        assertThatThrownBy(() -> sut().right(DataRight.PROCESSING_USE).build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("market.subject.right"));
        assertThatThrownBy(() -> sut().valuationDate(DATE.plusDays(1)).build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("market.subject.valuationDate"));
    }

    @Test
    void test_engagement_currencyMismatch() {
        assertThatThrownBy(() -> sut().currency(java.util.Currency.getInstance("USD")).build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("cost"));
    }

    @Test
    void test_engagement_blankFields() {
        assertThatThrownBy(() -> sut().purpose(" ").build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("purpose"));
        assertThatThrownBy(() -> sut().appraiser(null).build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("appraiser"));
        assertThatThrownBy(() -> new DataAssetDescription("n", "s", "d", " ", "p", "u", "st")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("size"));
        assertThatThrownBy(() -> new ApproachWeight(Approach.COST, 1, "")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
    }
}
