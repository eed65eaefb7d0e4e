package org.dataprice.appraisal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.dataprice.appraisal.ApproachOutcome;
import org.dataprice.appraisal.Engagement;
import org.dataprice.appraisal.Signatory;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.CapitalAmount;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;
import org.dataprice.quality.CriterionScore;
import org.dataprice.valuation.income.CashFlowRow;
import org.dataprice.valuation.market.AdjustedComparable;

/**
 * 资产评估报告的内容 — everything a valuation report template prints, every figure already written for people
 * ({@link ReportNumbers}: amounts to the fen with grouping, in 万元 and in 大写; rates as %; weights to four places;
 * no raw double anywhere). Built from a {@link ValuationReport} by {@link #of}; templates only lay it out.
 *
 * <p><b>Order of a report</b> (《资产评估执业准则——资产评估报告》, 中评协〔2018〕35号, and 《数据资产评估指导意见》,
 * 中评协〔2023〕17号, chapter 6 on disclosure): cover (title, report number, date) · 声明 · 摘要 · 正文 — 委托人和
 * 其他报告使用人, 评估目的, 评估对象和评估范围, 价值类型, 评估基准日, 评估依据, 评估方法, 评估程序实施过程和情况,
 * 评估假设, 评估结论, 特别事项说明, 资产评估报告使用限制说明, 资产评估报告日, 签名盖章 · 附件. {@link #SECTIONS} lists
 * the section ids in that order; the bundled template prints them so and a test holds it to the list. The standing
 * texts of the profession (声明, 评估依据, 评估程序, 使用限制) are the template's, so a firm words them its own way; the
 * model holds what differs between reports.
 *
 * <p><b>Free text stays in its own field.</b> The engagement's free text (purpose, basis of value, asset name,
 * assumptions, reasons) is given as separate values for labelled rows, never pasted into a bilingual sentence; the
 * only sentences the model composes ({@link #conclusionZh()}, {@link #conclusionEn()}) contain report figures and
 * dates only.
 *
 * <p><b>Validity</b>: 评估结论使用有效期 is one year from the valuation date (“通常，只有当评估基准日与经济行为实现日相距
 * 不超过一年时，才可以使用资产评估报告”, 资产评估报告准则): {@link #validUntil()} is the day before the anniversary.
 *
 * <p>Amounts in 万元 and 大写 are given for CNY only (the profession's units); for another currency those fields are
 * empty and the templates leave the rows out.
 *
 * @param reportNumber   报告编号 (the engagement reference); not blank
 * @param reportDateZh   资产评估报告日, e.g. {@code 2025年1月15日}; not blank
 * @param reportDate     the report date, ISO; not blank
 * @param valuationDateZh 评估基准日 in Chinese; not blank
 * @param valuationDate  the valuation date, ISO; not blank
 * @param validUntilZh   the last day the conclusion may be used, in Chinese; not blank
 * @param validUntil     the same, ISO; not blank
 * @param currency       the ISO code of the conclusion; not blank
 * @param value          the concluded value; not null
 * @param low            the lowest approach value; not null
 * @param high           the highest approach value; not null
 * @param assetName      数据名称; not blank
 * @param rightZh        the right valued, Chinese; not blank
 * @param rightEn        the right valued, English; not blank
 * @param purpose        评估目的 as given; not blank
 * @param basisOfValue   价值类型 as given; not blank
 * @param appraiser      评估机构及评估师 as given; not blank
 * @param asset          the data asset's attributes (数据结构、规模、周期…); copied
 * @param assumptions    评估假设 as given; copied
 * @param specialMatters 特别事项 (the engagement's limiting conditions) as given; copied
 * @param approaches     each approach used, in report order; not empty, copied
 * @param quality        the data-quality criteria, empty when none; copied
 * @param qualityScore   the composite quality score Q to four places, empty when none; not null
 * @param cashFlows      the income approach's schedule, empty when not used; copied
 * @param comparables    the market approach's adjusted comparables, empty when not used; copied
 * @param warnings       every warning, labelled with its approach; copied
 * @param appendix       the explanation trees: each approach, the reconciliation and the report; copied
 * @param conclusionZh   the conclusion sentence in Chinese (figures and dates only); not blank
 * @param conclusionEn   the conclusion sentence in English (figures and dates only); not blank
 * @param libraryVersion the dataprice version; not blank
 * @param inputHash      SHA-256 of the canonical engagement; not blank
 * @param client         委托人 as given, empty when the engagement names none (the template then refers to the
 *                       engagement contract); not null
 * @param signatories    the signing appraisers as given, 0 to {@link Signatory#MAX_PER_ENGAGEMENT} (the template leaves
 *                       blank lines for the others); copied
 */
public record ReportModel(String reportNumber, String reportDateZh, String reportDate, String valuationDateZh, String valuationDate,
        String validUntilZh, String validUntil, String currency, Figure value, Figure low, Figure high, String assetName,
        String rightZh, String rightEn, String purpose, String basisOfValue, String appraiser, List<Row> asset,
        List<String> assumptions, List<String> specialMatters, List<ApproachLine> approaches, List<QualityLine> quality,
        String qualityScore, List<CashFlowLine> cashFlows, List<ComparableLine> comparables, List<WarningLine> warnings,
        List<Node> appendix, String conclusionZh, String conclusionEn, String libraryVersion, String inputHash,
        String client, List<Signatory> signatories) {

    /** The section ids of the report in print order (see the class comment for the source). */
    public static final List<String> SECTIONS = List.of("cover", "statements", "summary", "parties", "purpose", "subject",
            "valueType", "valuationDate", "basis", "approaches", "procedures", "assumptions", "results", "warnings",
            "specialMatters", "restrictions", "signatures", "appendix");

    /** Validates and copies. */
    public ReportModel {
        for (String s : new String[] {reportNumber, reportDateZh, reportDate, valuationDateZh, valuationDate, validUntilZh, validUntil,
                currency, assetName, rightZh, rightEn, purpose, basisOfValue, appraiser, conclusionZh, conclusionEn, libraryVersion,
                inputHash}) {
            Require.notBlank(s, "reportModel");
        }
        Require.notNull(value, "value");
        Require.notNull(low, "low");
        Require.notNull(high, "high");
        Require.notNull(qualityScore, "qualityScore");
        Require.notNull(client, "client");
        signatories = Require.copyOf(signatories, "signatories");
        asset = Require.copyOf(asset, "asset");
        assumptions = Require.copyOf(assumptions, "assumptions");
        specialMatters = Require.copyOf(specialMatters, "specialMatters");
        approaches = Require.nonEmptyCopy(approaches, "approaches");
        quality = Require.copyOf(quality, "quality");
        cashFlows = Require.copyOf(cashFlows, "cashFlows");
        comparables = Require.copyOf(comparables, "comparables");
        warnings = Require.copyOf(warnings, "warnings");
        appendix = Require.copyOf(appendix, "appendix");
    }

    /**
     * An amount three ways.
     *
     * @param amount  to the minor unit with grouping and the ISO code, e.g. {@code "1,234,567.89 CNY"}; not blank
     * @param wan     in 万元 to two places, e.g. {@code "123.46 万元"}; empty unless CNY
     * @param capital in capital numerals, e.g. {@code "人民币壹佰贰拾叁万…"}; empty unless CNY
     */
    public record Figure(String amount, String wan, String capital) {
        /** Validates. */
        public Figure {
            Require.notBlank(amount, "amount");
            Require.notNull(wan, "wan");
            Require.notNull(capital, "capital");
        }

        /**
         * @param money an amount; not null
         * @return the figure; 万元 for CNY only, 大写 for a CNY amount in [0, {@link CapitalAmount#LIMIT}) only (a negative
         *         value or one of 一万亿元 or more has no capital-numeral form here)
         */
        public static Figure of(Money money) {
            Require.notNull(money, "money");
            boolean cny = money.currency().equals(Money.CNY);
            return new Figure(money.format(DisplayUnit.CURRENCY), cny ? money.format(DisplayUnit.WAN_YUAN) : "",
                    cny && money.signum() >= 0 && money.amount().compareTo(CapitalAmount.LIMIT) < 0
                            ? CapitalAmount.renminbi(money.roundedToMinor(Money.SETTLEMENT_ROUNDING)) : "");
        }
    }

    /**
     * A labelled line.
     *
     * @param labelZh the Chinese label; not blank
     * @param labelEn the English label; not blank
     * @param value   the value as text; not null
     */
    public record Row(String labelZh, String labelEn, String value) {
        /** Validates. */
        public Row {
            Require.notBlank(labelZh, "labelZh");
            Require.notBlank(labelEn, "labelEn");
            Require.notNull(value, "value");
        }
    }

    /**
     * One approach: why it was chosen and what it gave.
     *
     * @param id           a stable id, e.g. {@code "income"}
     * @param labelZh      e.g. {@code 收益法}
     * @param labelEn      e.g. {@code Income approach}
     * @param value        its value
     * @param weight       its weight to four places, e.g. {@code "0.5000"}
     * @param weightPercent its weight in per cent, e.g. {@code "50.00%"}
     * @param contribution weight × value, to the minor unit with the ISO code
     * @param reason       why that weight, as given
     * @param warnings     its warnings, as raised
     */
    public record ApproachLine(String id, String labelZh, String labelEn, Figure value, String weight, String weightPercent,
            String contribution, String reason, List<String> warnings) {
        /** Copies. */
        public ApproachLine {
            warnings = Require.copyOf(warnings, "warnings");
        }
    }

    /**
     * One data-quality criterion.
     *
     * @param id     the criterion id
     * @param label  its label as given
     * @param weight its weight to four places
     * @param score  its score to four places
     */
    public record QualityLine(String id, String label, String weight, String score) {
    }

    /**
     * One period of the income approach's schedule, amounts to the minor unit, factors to six places.
     *
     * @param scenario           the scenario
     * @param period             the period number
     * @param forecast           forecast income
     * @param contributionFactor the data's contribution (share) factor
     * @param income             income attributed to the data
     * @param discountFactor     the discount factor
     * @param presentValue       the present value
     */
    public record CashFlowLine(String scenario, int period, String forecast, String contributionFactor, String income,
            String discountFactor, String presentValue) {
    }

    /**
     * One adjusted comparable: price and adjusted price to the minor unit, factors X1…X5 and custom to six places,
     * weight to four.
     *
     * @param id            the comparable's id
     * @param price         its price
     * @param quality       X1
     * @param supplyDemand  X2
     * @param date          X3
     * @param volume        X4
     * @param other         X5
     * @param custom        the custom factor
     * @param adjustedPrice the adjusted price
     * @param weight        its weight
     */
    public record ComparableLine(String id, String price, String quality, String supplyDemand, String date, String volume,
            String other, String custom, String adjustedPrice, String weight) {
    }

    /**
     * A warning with the approach that raised it.
     *
     * @param sourceZh e.g. {@code 收益法提示}
     * @param sourceEn e.g. {@code Income approach warning}
     * @param text     the warning as raised
     */
    public record WarningLine(String sourceZh, String sourceEn, String text) {
    }

    /**
     * One step of an explanation tree, figures formatted ({@link ReportNumbers#quantity}).
     *
     * @param label    the step's label
     * @param formula  the formula, empty when none
     * @param value    the result as text
     * @param inputs   the inputs as {@code name = value unit}
     * @param source   the standard or paper, empty when none
     * @param children the sub-steps
     */
    public record Node(String label, String formula, String value, List<String> inputs, String source, List<Node> children) {
        /** Copies. */
        public Node {
            inputs = Require.copyOf(inputs, "inputs");
            children = Require.copyOf(children, "children");
        }

        /** @return true when the node has sub-steps */
        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    /**
     * @param report     the valuation report; not null
     * @param reportDate 资产评估报告日, the day the report is issued; not null (a prospective valuation may date it before the
     *                   valuation date)
     * @return the model
     */
    public static ReportModel of(ValuationReport report, LocalDate reportDate) {
        Require.notNull(report, "report");
        Require.notNull(reportDate, "reportDate");
        Engagement e = report.engagement();
        Currency currency = e.currency();
        LocalDate validUntil = e.valuationDate().plusYears(1).minusDays(1);
        Figure value = Figure.of(report.conclusion().value());
        Figure low = Figure.of(report.conclusion().low());
        Figure high = Figure.of(report.conclusion().high());
        List<Row> asset = List.of(new Row("数据名称", "Name", e.asset().name()), new Row("数据结构", "Structure", e.asset().structure()),
                new Row("数据字典", "Data dictionary", e.asset().dictionary()), new Row("数据规模", "Size", e.asset().size()),
                new Row("数据周期", "Period", e.asset().period()), new Row("产生频率", "Update frequency", e.asset().updateFrequency()),
                new Row("存储方式", "Storage", e.asset().storage()));
        List<ApproachLine> approaches = new ArrayList<>();
        List<WarningLine> warnings = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>(report.warnings());
        List<Node> appendix = new ArrayList<>();
        for (ApproachOutcome a : report.approaches()) {
            approaches.add(new ApproachLine(a.approach().name().toLowerCase(java.util.Locale.ROOT), a.approach().labelZh(),
                    a.approach().labelEn(), Figure.of(a.value()), ReportNumbers.weight(a.weight()), ReportNumbers.percent(a.weight()),
                    a.value().times(a.weight(), Money.SETTLEMENT_ROUNDING).format(DisplayUnit.CURRENCY), a.reason(), a.warnings()));
            for (String w : a.warnings()) {
                warnings.add(new WarningLine(a.approach().labelZh() + "提示", a.approach().labelEn() + " warning", w));
                unlabelled.remove(w);
            }
            appendix.add(tree(a.approach().labelZh() + " " + a.approach().labelEn(), a.explanation()));
        }
        for (String w : unlabelled) {
            warnings.add(new WarningLine("提示", "Warning", w));
        }
        appendix.add(tree("评估结论的确定 Reconciliation", report.reconciliation().explanation()));
        appendix.add(tree("评估报告 Report", report.explanation()));
        List<QualityLine> quality = new ArrayList<>();
        String qualityScore = "";
        if (report.quality() != null) {
            for (CriterionScore c : report.quality().inputs().criteria()) {
                quality.add(new QualityLine(c.id(), c.label(), ReportNumbers.weight(c.weight()), ReportNumbers.weight(c.score())));
            }
            qualityScore = ReportNumbers.weight(report.quality().score());
            appendix.add(appendix.size() - 2, tree("数据质量评价 Data quality", report.quality().explanation()));
        }
        List<CashFlowLine> flows = new ArrayList<>();
        for (CashFlowRow r : report.cashFlows().rows()) {
            flows.add(new CashFlowLine(r.scenario(), r.period(), ReportNumbers.amount(r.forecast(), currency),
                    ReportNumbers.factor(r.contributionFactor()), ReportNumbers.amount(r.income(), currency),
                    ReportNumbers.factor(r.discountFactor()), ReportNumbers.amount(r.presentValue(), currency)));
        }
        List<ComparableLine> comparables = new ArrayList<>();
        for (AdjustedComparable c : report.comparables()) {
            comparables.add(new ComparableLine(c.id(), ReportNumbers.amount(c.price(), currency), ReportNumbers.factor(c.quality()),
                    ReportNumbers.factor(c.supplyDemand()), ReportNumbers.factor(c.date()), ReportNumbers.factor(c.volume()),
                    ReportNumbers.factor(c.other()), ReportNumbers.factor(c.custom()), ReportNumbers.amount(c.adjustedPrice(), currency),
                    ReportNumbers.weight(c.weight())));
        }
        String zh = "评估基准日" + ReportNumbers.dateZh(e.valuationDate()) + "评估对象的评估值为" + value.amount()
                + (value.capital().isEmpty() ? "" : "（" + value.capital() + "，合" + value.wan() + "）") + "，各评估方法评估值区间为"
                + low.amount() + "至" + high.amount() + "。";
        String en = "As at the valuation date " + e.valuationDate() + " the subject is valued at " + value.amount()
                + "; the approaches indicate " + low.amount() + " to " + high.amount() + ".";
        return new ReportModel(e.reference(), ReportNumbers.dateZh(reportDate), reportDate.toString(),
                ReportNumbers.dateZh(e.valuationDate()), e.valuationDate().toString(), ReportNumbers.dateZh(validUntil), validUntil.toString(),
                currency.getCurrencyCode(), value, low, high, e.asset().name(), e.right().labelZh(), e.right().labelEn(), e.purpose(),
                e.basisOfValue(), e.appraiser(), asset, e.assumptions(), e.limitingConditions(), approaches, quality, qualityScore, flows,
                comparables, warnings, appendix, zh, en, report.libraryVersion(), report.inputHash(),
                e.client() == null ? "" : e.client(), e.signatories());
    }

    /** The explanation as one node: its method id, its inputs, its steps as children. */
    private static Node tree(String title, Explanation x) {
        List<Node> children = new ArrayList<>();
        for (Step s : x.steps()) {
            children.add(node(s));
        }
        return new Node(title, x.methodId(), "", texts(x.inputs()), "", children);
    }

    private static Node node(Step s) {
        List<Node> children = new ArrayList<>();
        for (Step c : s.children()) {
            children.add(node(c));
        }
        return new Node(s.key().label(), s.formula(), ReportNumbers.quantity(s.result()), texts(s.inputs()),
                s.source() == null ? "" : s.source(), children);
    }

    private static List<String> texts(List<Quantity> quantities) {
        List<String> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            out.add(q.name() + " = " + ReportNumbers.quantity(q));
        }
        return out;
    }
}
