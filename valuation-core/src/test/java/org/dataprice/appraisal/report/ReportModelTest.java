package org.dataprice.appraisal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.AppraisalFixtures;
import org.dataprice.appraisal.Signatory;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.CapitalAmount;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** {@link ReportModel}: figures three ways, validity, warnings, appendix, and no raw double in any text. */
class ReportModelTest {
    /** A number with more than six decimals: a raw double leaked. */
    static final Pattern RAW_DOUBLE = Pattern.compile("\\d\\.\\d{7,}");

    @Test
    void test_of_figuresValidityAndOrder() {
        ValuationReport r = Appraisal.DEFAULT.run(AppraisalFixtures.sut().build());
        ReportModel m = ReportModel.of(r, LocalDate.of(2026, 7, 15));
        assertThat(m.reportNumber()).isEqualTo("DP-2026-0001");
        assertThat(m.valuationDateZh()).isEqualTo("2026年6月30日");
        assertThat(m.validUntil()).isEqualTo("2027-06-29");
        assertThat(m.reportDateZh()).isEqualTo("2026年7月15日");
        Money v = r.conclusion().value();
        assertThat(m.value().amount()).isEqualTo(v.format(org.dataprice.money.DisplayUnit.CURRENCY)).endsWith(" CNY").contains(",");
        assertThat(m.value().wan()).endsWith(" 万元");
        assertThat(m.value().capital()).isEqualTo(CapitalAmount.renminbi(v));
        assertThat(m.approaches()).extracting(ReportModel.ApproachLine::id).containsExactly("income", "cost", "market");
        assertThat(m.approaches()).extracting(ReportModel.ApproachLine::weight).containsExactly("0.5000", "0.2000", "0.3000");
        assertThat(m.approaches()).extracting(ReportModel.ApproachLine::weightPercent).containsExactly("50.00%", "20.00%", "30.00%");
        assertThat(m.quality()).hasSize(2);
        assertThat(m.qualityScore()).isEqualTo("0.8600");
        assertThat(m.cashFlows()).hasSize(5);
        assertThat(m.comparables()).hasSize(3);
        assertThat(m.warnings()).isEmpty();
        assertThat(m.appendix()).extracting(ReportModel.Node::label).containsExactly("收益法 Income approach", "成本法 Cost approach",
                "市场法 Market approach", "数据质量评价 Data quality", "评估结论的确定 Reconciliation", "评估报告 Report");
        assertThat(ReportModel.SECTIONS).startsWith("cover", "statements", "summary").endsWith("signatures", "appendix");
        // the conclusion sentences hold figures and dates only, never the engagement's free text
        assertThat(m.conclusionZh()).contains(m.value().amount(), m.value().capital(), m.value().wan())
                .doesNotContain(r.engagement().basisOfValue(), r.engagement().asset().name());
        assertThat(m.conclusionEn()).doesNotContain(r.engagement().basisOfValue(), r.engagement().purpose());
        assertThat(rawDoubles(m)).isEmpty();
    }

    @Test
    void test_of_parties_asGivenOrEmpty() {
        ReportModel without = ReportModel.of(Appraisal.DEFAULT.run(AppraisalFixtures.sut().build()), LocalDate.of(2026, 7, 15));
        assertThat(without.client()).isEmpty();
        assertThat(without.signatories()).isEmpty();
        List<Signatory> two = List.of(new Signatory("张伟 Zhang Wei", "50180012"), new Signatory("李娜 Li Na", "50180034"));
        ReportModel with = ReportModel.of(Appraisal.DEFAULT.run(AppraisalFixtures.sut().client("某数据科技有限公司")
                .signatory(two.get(0)).signatory(two.get(1)).build()), LocalDate.of(2026, 7, 15));
        assertThat(with.client()).isEqualTo("某数据科技有限公司");
        assertThat(with.signatories()).isEqualTo(two);
    }

    @Test
    void test_of_warningsLabelledByApproach() {
        ValuationReport warned = Appraisal.DEFAULT.run(AppraisalFixtures.sut(AppraisalFixtures.negativeCostSaving()).build());
        ReportModel m = ReportModel.of(warned, LocalDate.of(2026, 7, 1));
        assertThat(m.warnings()).isNotEmpty();
        assertThat(m.warnings().get(0).sourceZh()).isEqualTo("收益法提示");
        assertThat(m.warnings().get(0).sourceEn()).isEqualTo("Income approach warning");
        assertThat(m.warnings()).extracting(ReportModel.WarningLine::text).containsExactlyElementsOf(warned.warnings());
        assertThat(rawDoubles(m)).isEmpty();
    }

    @Test
    void test_of_refusesNulls() {
        ValuationReport r = Appraisal.DEFAULT.run(AppraisalFixtures.sut().build());
        assertThatThrownBy(() -> ReportModel.of(r, null)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("reportDate");
        assertThatThrownBy(() -> ReportModel.of(null, LocalDate.of(2026, 6, 29))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_figure_nonCnyHasNoWanOrCapital() {
        ReportModel.Figure f = ReportModel.Figure.of(Money.of("1234.5", java.util.Currency.getInstance("USD")));
        assertThat(f.amount()).isEqualTo("1,234.50 USD");
        assertThat(f.wan()).isEmpty();
        assertThat(f.capital()).isEmpty();
        assertThat(ReportModel.Figure.of(Money.cny("-31.70")).capital()).isEmpty();
        assertThat(ReportModel.Figure.of(Money.cny("-31.70")).amount()).isEqualTo("-31.70 CNY");
        ReportModel.Figure huge = ReportModel.Figure.of(Money.cny("1000000000000.00"));
        assertThat(huge.capital()).isEmpty();
        assertThat(huge.wan()).isEqualTo("100,000,000.00 万元");
    }

    /** Every text of the model (record toString covers every component, nested) matched against {@link #RAW_DOUBLE}. */
    static List<String> rawDoubles(ReportModel m) {
        List<String> out = new ArrayList<>();
        var matcher = RAW_DOUBLE.matcher(m.toString());
        while (matcher.find()) {
            out.add(matcher.group());
        }
        return out;
    }
}
