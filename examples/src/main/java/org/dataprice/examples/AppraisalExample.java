package org.dataprice.examples;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.ApproachOutcome;
import org.dataprice.appraisal.DataAssetDescription;
import org.dataprice.appraisal.Engagement;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;
import org.dataprice.quality.AhpResult;
import org.dataprice.quality.HierarchicalAhp;
import org.dataprice.quality.HierarchyWeights;
import org.dataprice.quality.PairwiseMatrix;
import org.dataprice.quality.QualityDimension;
import org.dataprice.quality.QualityInputs;
import org.dataprice.quality.WeightMethod;
import org.dataprice.valuation.cost.CostCategory;
import org.dataprice.valuation.cost.CostInputs;
import org.dataprice.valuation.cost.CostItem;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.income.Amounts;
import org.dataprice.valuation.income.DiscountRate;
import org.dataprice.valuation.income.Discounting;
import org.dataprice.valuation.income.Forecast;
import org.dataprice.valuation.income.IncomeInputs;
import org.dataprice.valuation.income.IncomeTerm;
import org.dataprice.valuation.income.RiskPremium;
import org.dataprice.valuation.income.ShareRate;
import org.dataprice.valuation.market.ComparableTransaction;
import org.dataprice.valuation.market.DataRight;
import org.dataprice.valuation.market.MarketInputs;
import org.dataprice.valuation.market.MarketSubject;

/**
 * User story (appraisal firm): value one data asset — an enterprise credit dataset whose product
 * operation right is pledged for a loan — by the income, cost and market approaches of the CAS 2023
 * guidance, with an AHP quality score over the six GB/T 36344 dimensions, and print the report.
 * All figures are illustrative.
 */
public final class AppraisalExample {
    private AppraisalExample() {
    }

    /**
     * Builds the engagement.
     *
     * @return the engagement
     */
    public static Engagement engagement() {
        // 1. Quality: AHP over the six dimensions (normativity, completeness, accuracy, consistency,
        //    timeliness, accessibility), upper triangle row by row on Saaty's 1-9 scale.
        PairwiseMatrix dims = PairwiseMatrix.fromUpperTriangle(6,
                1.0 / 2, 1.0 / 3, 1, 1.0 / 2, 2,
                1.0 / 2, 2, 1, 3,
                3, 2, 4,
                1.0 / 2, 2,
                3);
        HierarchyWeights weights = HierarchicalAhp.DEFAULT.weigh(QualityDimension.dimensions(dims), WeightMethod.EIGENVECTOR);
        AhpResult ahp = weights.matrices().get("quality");
        if (!ahp.consistent()) {
            throw new IllegalStateException("revisit the judgements: CR = " + ahp.cr());
        }
        Map<String, Double> scores = new HashMap<>();
        scores.put("normativity", 0.85);
        scores.put("completeness", 0.92);
        scores.put("accuracy", 0.88);
        scores.put("consistency", 0.90);
        scores.put("timeliness", 0.80);
        scores.put("accessibility", 0.95);
        QualityInputs quality = QualityInputs.fromHierarchy(weights, scores);
        double q = org.dataprice.quality.QualityScoring.DEFAULT.score(quality).score();

        // 2. Income: 5-year contract, revenue share K in the 15%-30% band with r = 0.4, built-up rate.
        IncomeInputs income = new IncomeInputs(
                new Forecast.Share(Amounts.of(2_000_000, 2_200_000, 2_400_000, 2_500_000, 2_500_000), ShareRate.inBand(0.15, 0.30, 0.4)),
                DiscountRate.buildUp(0.025, RiskPremium.management(0.02), RiskPremium.circulation(0.02),
                        RiskPremium.dataSecurity(0.03), RiskPremium.regulatory(0.02)),
                Discounting.MID_PERIOD, new IncomeTerm(0, 5, 6), 0.05, Money.CNY);

        // 3. Cost: itemised TC, 10% return on cost, U = quality score.
        CostInputs cost = new CostInputs(List.of(
                CostItem.cny("规划设计 planning", CostCategory.PRELIMINARY, "60000"),
                CostItem.cny("数据采集 acquisition", CostCategory.DIRECT, "420000"),
                CostItem.cny("清洗脱敏标注 cleaning, desensitising, labelling", CostCategory.DIRECT, "180000"),
                CostItem.cny("存储运维 storage and operation", CostCategory.DIRECT, "90000"),
                CostItem.cny("软硬件分摊 allocated IT", CostCategory.INDIRECT, "70000"),
                CostItem.cny("资金机会成本 capital forgone", CostCategory.OPPORTUNITY, "30000"),
                CostItem.cny("相关税费 taxes", CostCategory.TAXES, "15000")), 0.10, ValueAdjustment.fromQuality(q));

        // 4. Market: three exchange comparables.
        LocalDate date = LocalDate.of(2026, 6, 30);
        MarketSubject subject = new MarketSubject(DataRight.PRODUCT_OPERATION, date, 1_000_000, q, 1080);
        MarketInputs market = MarketInputs.of(subject, List.of(
                ComparableTransaction.builder().id("WDE-2026-001").price(Money.cny("900000")).date(LocalDate.of(2026, 1, 15))
                        .right(DataRight.PRODUCT_OPERATION).volume(900_000).quality(0.80).priceIndex(1040).similarity(0.9).build(),
                ComparableTransaction.builder().id("WDE-2026-017").price(Money.cny("1100000")).date(LocalDate.of(2026, 3, 2))
                        .right(DataRight.PRODUCT_OPERATION).volume(1_200_000).quality(0.90).priceIndex(1060).similarity(0.8).build(),
                ComparableTransaction.builder().id("SZDE-2025-233").price(Money.cny("950000")).date(LocalDate.of(2025, 11, 20))
                        .right(DataRight.PRODUCT_OPERATION).volume(1_000_000).quality(0.85).supplyDemand(1.05).other(0.95)
                        .priceIndex(1010).similarity(0.7).build()));

        return Engagement.builder().reference("DP-2026-0001")
                .asset(new DataAssetDescription("企业信用数据集 Enterprise credit dataset", "relational, 12 tables", "data dictionary v3.2",
                        "3.2 千万条 records, 180 GB", "2019-01 to 2026-06", "daily", "private cloud, encrypted at rest"))
                .right(DataRight.PRODUCT_OPERATION).purpose("质押融资 pledge financing").basisOfValue("市场价值 market value")
                .valuationDate(date).appraiser("示例资产评估有限公司 Example Appraisal Co. / appraiser A")
                .assumption("持续使用假设: the data product continues in its current use")
                .assumption("数据权属清晰: title as registered with the data exchange")
                .limitingCondition("收益预测基于委托方提供的合同 forecasts rest on the client's contracts")
                .quality(quality)
                .income(income, 0.5, "contracted revenue makes the forecast the most reliable evidence")
                .cost(cost, 0.2, "costs are documented but understate the product's earning power")
                .market(market, 0.3, "three recent exchange trades of similar products")
                .build();
    }

    /**
     * Runs the engagement and prints a short story: each approach's value and weight, the conclusion and
     * where it came from; with {@code --full}, the whole bilingual report.
     *
     * @param args {@code --full} for the whole report; otherwise ignored
     */
    public static void main(String[] args) {
        ValuationReport report = Appraisal.DEFAULT.run(engagement());
        if (args.length > 0 && args[0].equals("--full")) {
            System.out.println(report.toText());
            return;
        }
        System.out.println("企业信用数据集 Enterprise credit dataset, 数据产品经营权, valuation date "
                + report.engagement().valuationDate() + ":");
        for (ApproachOutcome outcome : report.approaches()) {
            System.out.printf("  %s / %-16s %16s   weight %.4f%n", outcome.approach().labelZh(),
                    outcome.approach().labelEn(), outcome.value().format(DisplayUnit.WAN_YUAN), outcome.weight());
        }
        System.out.println("评估结论 / Conclusion: " + report.conclusion().value().format(DisplayUnit.WAN_YUAN)
                + " (" + report.conclusion().value().format(DisplayUnit.YUAN) + "), range "
                + report.conclusion().low().format(DisplayUnit.WAN_YUAN) + " – "
                + report.conclusion().high().format(DisplayUnit.WAN_YUAN));
        report.warnings().forEach(w -> System.out.println("  warning: " + w));
        System.out.println("inputs sha256 " + report.inputHash() + " · dataprice " + report.libraryVersion());
        System.out.println("The whole report: add --full (-Dexec.args=--full).");
    }
}
