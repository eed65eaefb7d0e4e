package org.dataprice.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.DataAssetDescription;
import org.dataprice.appraisal.Engagement;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.appraisal.report.ReportModel;
import org.dataprice.money.Money;
import org.dataprice.quality.CriterionScore;
import org.dataprice.quality.QualityInputs;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The valuation report's model ({@link ReportModel#of}: every figure formatted for people, 大写, the explanation trees
 * of the appendix), the core's share of {@code GET /v1/valuations/{id}/report.html}: build it from a computed
 * three-approach report ({@code render}), and re-run the engagement then build it, as a new revision does from the
 * stored inputs ({@code runAndRender}). Issue 3 target: HTML report render ≤ 20 ms, of which this is the part the core
 * does; the Thymeleaf layout ({@code api.valuation.ReportTemplates}) lives in {@code api}, which this module does not
 * depend on. {@code size} is the number of income periods and of comparables (each adds a table row and an explanation
 * step). {@code baseline} returns the prepared report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ReportRenderBenchmark {
    private static final LocalDate REPORT_DATE = LocalDate.of(2027, 1, 15);
    /** Income periods and comparables. */
    @Param({"5", "20", "100"})
    public int size;

    private Engagement engagement;
    private ValuationReport report;

    /** Builds the engagement and computes its report once. */
    @Setup
    public void setUp() {
        LocalDate date = LocalDate.of(2026, 6, 30);
        double[] revenue = new double[size];
        for (int t = 0; t < size; t++) {
            revenue[t] = 2_000_000 + 100_000 * t;
        }
        IncomeInputs income = new IncomeInputs(new Forecast.Share(Amounts.of(revenue), ShareRate.inBand(0.15, 0.3, 0.4)),
                DiscountRate.buildUp(0.025, RiskPremium.management(0.02), RiskPremium.circulation(0.02),
                        RiskPremium.dataSecurity(0.03), RiskPremium.regulatory(0.02)),
                Discounting.MID_PERIOD, IncomeTerm.FORECAST, 0.05, Money.CNY);
        CostInputs cost = new CostInputs(List.of(CostItem.cny("acquisition", CostCategory.DIRECT, "600000"),
                CostItem.cny("planning", CostCategory.PRELIMINARY, "50000"), CostItem.cny("IT", CostCategory.INDIRECT, "70000")),
                0.1, ValueAdjustment.fromQuality(0.86));
        List<ComparableTransaction> comps = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            comps.add(new ComparableTransaction("C" + i, Money.cny(Integer.toString(900_000 + 10_000 * i)), date.minusDays(30 + i),
                    DataRight.PRODUCT_OPERATION, 900_000 + 10_000 * i, 0.8 + 0.005 * i, 1, 1, 1040, 0.9));
        }
        MarketInputs market = MarketInputs.of(new MarketSubject(DataRight.PRODUCT_OPERATION, date, 1_000_000, 0.86, 1080), comps);
        engagement = Engagement.builder().reference("BENCH-1")
                .asset(new DataAssetDescription("dataset", "relational", "dd", "1e7 records", "2019-2026", "daily", "cloud"))
                .right(DataRight.PRODUCT_OPERATION).purpose("pledge").basisOfValue("market value").valuationDate(date)
                .appraiser("appraiser").assumption("continued use").limitingCondition("title as registered")
                .quality(new QualityInputs(List.of(new CriterionScore("accuracy", "准确性", 0.6, 0.9),
                        new CriterionScore("timeliness", "时效性", 0.4, 0.8))))
                .income(income, 0.5, "contracted").cost(cost, 0.2, "documented").market(market, 0.3, "comparables").build();
        report = Appraisal.DEFAULT.run(engagement);
    }

    /** @return the prepared report (no work) */
    @Benchmark
    public ValuationReport baseline() {
        return report;
    }

    /** @return the report model of the computed report */
    @Benchmark
    public ReportModel render() {
        return ReportModel.of(report, REPORT_DATE);
    }

    /** @return the report model after re-running the engagement (what a new revision does) */
    @Benchmark
    public ReportModel runAndRender() {
        return ReportModel.of(Appraisal.DEFAULT.run(engagement), REPORT_DATE);
    }
}
