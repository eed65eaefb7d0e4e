package org.dataprice.appraisal;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.quality.CriterionScore;
import org.dataprice.quality.QualityScore;
import org.dataprice.valuation.income.CashFlowRow;
import org.dataprice.valuation.income.CashFlowSchedule;
import org.dataprice.valuation.market.AdjustedComparable;
import org.dataprice.valuation.reconcile.ReconciliationResult;

/**
 * A valuation report (资产评估报告) as plain data: the engagement, the quality score, every approach's
 * result with its explanation, the reconciliation, the conclusion, the cash-flow schedule and the
 * adjusted comparables (as tables for CSV), the library version and the input hash.
 *
 * <p>Reproducible bit for bit: the same engagement gives an equal report, the same
 * {@link #inputHash()} and the same {@link #toText()} on every JVM (no clock, no randomness, no hash
 * ordering, {@link StrictMath} for pow/log/exp; numbers by their shortest round-trip decimal form). {@link #sections()} lists the report in
 * print order, each line with bilingual labels and, for a computed figure, its explanation, so an HTML
 * or PDF renderer needs no knowledge of the models.
 *
 * <p><b>Warnings.</b> When any approach raised a warning (market dispersion, rights or date mismatch, a negative
 * incremental income forecast, …) the first section, {@code warnings} (评估提示 / Warnings), lists every one of
 * {@link #warnings()}, each labelled with the approach that raised it; with no warning there is no such section.
 * Each approach's section repeats its own warnings next to its value.
 *
 * @param engagement     the engagement; not null
 * @param quality        the quality score, or null when the engagement has no quality criteria
 * @param approaches     the approaches' outcomes, in {@link Approach} order; copied
 * @param reconciliation the reconciliation; not null
 * @param conclusion     the conclusion; not null
 * @param cashFlows      the income approach's schedule (empty when not used); not null
 * @param comparables    the market approach's adjusted comparables (empty when not used); copied
 * @param warnings       every warning raised; copied
 * @param libraryVersion the dataprice version; not blank
 * @param inputHash      SHA-256 of the canonical engagement (see {@link Appraisal}); not blank
 * @param explanation    the report's explanation; the last step holds the concluded value; not null
 */
public record ValuationReport(Engagement engagement, QualityScore quality, List<ApproachOutcome> approaches,
        ReconciliationResult reconciliation, Conclusion conclusion, CashFlowSchedule cashFlows, List<AdjustedComparable> comparables,
        List<String> warnings, String libraryVersion, String inputHash, Explanation explanation) {
    /** Validates and copies. */
    public ValuationReport {
        Require.notNull(engagement, "engagement");
        approaches = Require.nonEmptyCopy(approaches, "approaches");
        Require.notNull(reconciliation, "reconciliation");
        Require.notNull(conclusion, "conclusion");
        Require.notNull(cashFlows, "cashFlows");
        comparables = Require.copyOf(comparables, "comparables");
        warnings = Require.copyOf(warnings, "warnings");
        Require.notBlank(libraryVersion, "libraryVersion");
        Require.notBlank(inputHash, "inputHash");
        Require.notNull(explanation, "explanation");
    }

    /** @return the report's sections in print order */
    public List<ReportSection> sections() {
        Engagement e = engagement;
        List<ReportSection> out = new ArrayList<>();
        if (!warnings.isEmpty()) {
            out.add(warningsSection());
        }
        out.add(new ReportSection("engagement", "评估委托", "Engagement", List.of(
                item("报告编号", "Reference", e.reference()),
                item("评估对象", "Subject", e.asset().name()),
                item("评估的数据权利", "Right valued", e.right().labelZh() + " / " + e.right().labelEn()),
                item("评估目的", "Purpose", e.purpose()),
                item("价值类型", "Basis of value", e.basisOfValue()),
                item("评估基准日", "Valuation date", e.valuationDate().toString()),
                item("评估机构及评估师", "Appraiser", e.appraiser()),
                item("评估方法", "Approaches", approachNames()))));
        out.add(new ReportSection("asset", "数据资产基本信息", "Data asset", List.of(
                item("数据名称", "Name", e.asset().name()),
                item("数据结构", "Structure", e.asset().structure()),
                item("数据字典", "Data dictionary", e.asset().dictionary()),
                item("数据规模", "Size", e.asset().size()),
                item("数据周期", "Period", e.asset().period()),
                item("产生频率", "Update frequency", e.asset().updateFrequency()),
                item("存储方式", "Storage", e.asset().storage()))));
        out.add(listSection("assumptions", "评估假设", "Assumptions", "假设", "Assumption", e.assumptions()));
        out.add(listSection("limitingConditions", "限制条件与特别事项", "Limiting conditions", "限制条件", "Condition", e.limitingConditions()));
        if (quality != null) {
            List<ReportItem> items = new ArrayList<>();
            for (CriterionScore c : quality.inputs().criteria()) {
                items.add(item(c.label(), c.id(), "weight " + c.weight() + ", score " + c.score()));
            }
            items.add(new ReportItem("数据质量综合得分", "Composite quality score Q", Double.toString(quality.score() + 0.0), quality.explanation()));
            out.add(new ReportSection("quality", "数据质量评价", "Data quality", items));
        }
        for (ApproachOutcome a : approaches) {
            List<ReportItem> items = new ArrayList<>();
            items.add(new ReportItem(a.approach().labelZh() + "评估值", a.approach().labelEn() + " value", a.value().toString(), a.explanation()));
            for (String w : a.warnings()) {
                items.add(item("提示", "Warning", w));
            }
            out.add(new ReportSection("approach." + a.approach().name().toLowerCase(java.util.Locale.ROOT), a.approach().labelZh(),
                    a.approach().labelEn(), items));
        }
        if (!cashFlows.rows().isEmpty()) {
            List<ReportItem> items = new ArrayList<>();
            for (CashFlowRow row : cashFlows.rows()) {
                items.add(item(row.scenario() + " 第" + row.period() + "期", row.scenario() + " period " + row.period(),
                        "F = " + row.forecast() + ", factor " + row.contributionFactor() + ", DF " + row.discountFactor()
                                + ", PV = " + row.presentValue()));
            }
            out.add(new ReportSection("cashFlows", "收益法现金流量表", "Income cash-flow schedule", items));
        }
        if (!comparables.isEmpty()) {
            List<ReportItem> items = new ArrayList<>();
            for (AdjustedComparable c : comparables) {
                items.add(item("可比案例 " + c.id(), "Comparable " + c.id(), "Q = " + c.price() + " × X1 " + c.quality() + " × X2 "
                        + c.supplyDemand() + " × X3 " + c.date() + " × X4 " + c.volume() + " × X5 " + c.other() + " × custom "
                        + c.custom() + " = " + c.adjustedPrice() + ", weight " + c.weight()));
            }
            out.add(new ReportSection("comparables", "市场法可比案例修正表", "Market comparables", items));
        }
        List<ReportItem> rec = new ArrayList<>();
        for (ApproachOutcome a : approaches) {
            rec.add(item(a.approach().labelZh() + "权重", a.approach().labelEn() + " weight",
                    a.weight() + " × " + a.value() + " — " + a.reason()));
        }
        rec.add(item("评估值区间", "Range", reconciliation.low() + " – " + reconciliation.high()));
        rec.add(new ReportItem("加权评估值", "Reconciled value", reconciliation.value().toString(), reconciliation.explanation()));
        out.add(new ReportSection("reconciliation", "评估结论的确定", "Reconciliation", rec));
        out.add(new ReportSection("conclusion", "评估结论", "Conclusion", List.of(
                item("评估结论", "Conclusion", conclusion.statementZh()),
                item("Conclusion", "Conclusion (English)", conclusion.statementEn()),
                new ReportItem("评估值", "Value", conclusion.value().toString(), explanation))));
        out.add(new ReportSection("provenance", "可复现信息", "Provenance", List.of(
                item("程序库版本", "Library version", libraryVersion),
                item("输入哈希 (SHA-256)", "Input hash (SHA-256)", inputHash))));
        return out;
    }

    /**
     * The warnings section: each approach's warnings labelled with the approach, then any other warning of
     * {@link #warnings()} (none today) under a plain label.
     */
    private ReportSection warningsSection() {
        List<ReportItem> items = new ArrayList<>();
        List<String> rest = new ArrayList<>(warnings);
        for (ApproachOutcome a : approaches) {
            for (String w : a.warnings()) {
                items.add(item(a.approach().labelZh() + "提示", a.approach().labelEn() + " warning", w));
                rest.remove(w);
            }
        }
        for (String w : rest) {
            items.add(item("提示", "Warning", w));
        }
        return new ReportSection("warnings", "评估提示", "Warnings", items);
    }

    /** @return the whole report as plain text, sections in order, explanations indented */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("数据资产评估报告 Data asset valuation report\n");
        for (ReportSection s : sections()) {
            out.append('\n').append("== ").append(s.titleZh()).append(" / ").append(s.titleEn()).append(" ==\n");
            for (ReportItem i : s.items()) {
                out.append(i.labelZh()).append(" / ").append(i.labelEn()).append(": ").append(i.value()).append('\n');
                if (i.isComputed() && !s.id().equals("conclusion")) {
                    for (String line : i.explanation().toText().split("\n")) {
                        out.append("    ").append(line).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private String approachNames() {
        StringBuilder b = new StringBuilder();
        for (ApproachOutcome a : approaches) {
            b.append(b.length() == 0 ? "" : ", ").append(a.approach().labelZh()).append(' ').append(a.approach().labelEn());
        }
        return b.toString();
    }

    private static ReportSection listSection(String id, String zh, String en, String itemZh, String itemEn, List<String> list) {
        List<ReportItem> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(item(itemZh + " " + (i + 1), itemEn + " " + (i + 1), list.get(i)));
        }
        return new ReportSection(id, zh, en, items);
    }

    private static ReportItem item(String zh, String en, String value) {
        return new ReportItem(zh, en, value, null);
    }
}
