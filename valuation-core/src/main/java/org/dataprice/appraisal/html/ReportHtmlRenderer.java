package org.dataprice.appraisal.html;

import org.dataprice.appraisal.ReportItem;
import org.dataprice.appraisal.ReportSection;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.valuation.income.CashFlowRow;
import org.dataprice.valuation.market.AdjustedComparable;

import java.util.List;

/**
 * Renders a {@link ValuationReport} as one self-contained, printable XHTML document with Chinese and English
 * labels: the summary (reference, value, range), then {@link ValuationReport#sections()} in print order —
 * the warnings (only when there are any, first and marked {@code class="section warnings"}), engagement, data asset, assumptions, limiting conditions, quality, each approach with its explanation tree,
 * the cash-flow schedule and comparables as tables, reconciliation, conclusion and provenance (library version,
 * input hash).
 *
 * <p>The output is well-formed XHTML (every element closed, only the five XML entities) so that an XML-based
 * PDF engine (openhtmltopdf) can lay it out from the very same string.
 *
 * <p><b>Reproducible:</b> the document depends only on the report and the stylesheet — no clock, no locale,
 * no hash-map order; numbers are written as the report writes them (exact decimals for money, shortest
 * round-trip form for doubles). Rendering the same report twice gives identical strings.
 *
 * <p>Cost: one pass over the report, O(report size); about 1 ms for a three-approach engagement (see
 * {@code ReportRenderBenchmark}, target ≤ 20 ms).
 *
 * <p>Thread-safe and immutable.
 */
public final class ReportHtmlRenderer {
    /** A renderer with a minimal built-in stylesheet. */
    public static final ReportHtmlRenderer DEFAULT = new ReportHtmlRenderer(
            "body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;width:100%}"
                    + "th,td{border:1px solid #999;padding:2px 4px;text-align:left;vertical-align:top}"
                    + ".warnings{border:2px solid #b00;padding:4px}.warnings h2{color:#b00}");

    /** The largest stylesheet accepted, in characters. */
    public static final int MAX_STYLESHEET = 1_000_000;

    private final String stylesheet;
    private final String fontFamily;

    /**
     * @param stylesheet CSS placed in the document's {@code <style>} element; not null
     */
    public ReportHtmlRenderer(String stylesheet) {
        this(stylesheet, "");
    }

    /**
     * @param stylesheet CSS placed in the document's {@code <style>} element; not null, at most
     *                   {@link #MAX_STYLESHEET} characters, and never containing {@code </style}
     * @param fontFamily an extra font family put first in {@code body{font-family}} (e.g. the CJK font a PDF
     *                   engine registered), or empty
     */
    public ReportHtmlRenderer(String stylesheet, String fontFamily) {
        Require.notNull(stylesheet, "stylesheet");
        Require.withinLimit(stylesheet.length(), MAX_STYLESHEET, "stylesheet", "characters");
        Require.that(!stylesheet.toLowerCase(java.util.Locale.ROOT).contains("</style"), "stylesheet", "</style",
                org.dataprice.error.Rule.INVALID_STATE, "a stylesheet without </style");
        Require.notNull(fontFamily, "fontFamily");
        Require.that(fontFamily.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_'),
                "fontFamily", fontFamily, org.dataprice.error.Rule.INVALID_STATE, "letters, digits, space, - or _");
        this.stylesheet = stylesheet;
        this.fontFamily = fontFamily;
    }

    /**
     * @param report the report; not null
     * @return the XHTML document (UTF-8 text)
     */
    public String render(ValuationReport report) {
        Require.notNull(report, "report");
        StringBuilder h = new StringBuilder(32_768);
        String ref = report.engagement().reference();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>数据资产评估报告 Data asset valuation report ");
        esc(h, ref).append("</title>\n<style>\n").append(stylesheet).append('\n');
        if (!fontFamily.isEmpty()) {
            h.append("body{font-family:'").append(fontFamily).append("',sans-serif}\n");
        }
        h.append("</style>\n</head>\n<body>\n<div class=\"report\">\n<header class=\"masthead\">\n")
                .append("<h1>数据资产评估报告<span class=\"en\">Data asset valuation report</span></h1>\n")
                .append("<table class=\"summary\">\n");
        row(h, "报告编号", "Reference", ref);
        row(h, "评估对象", "Subject", report.engagement().asset().name());
        row(h, "评估的数据权利", "Right valued", report.engagement().right().labelZh() + " / " + report.engagement().right().labelEn());
        row(h, "评估基准日", "Valuation date", report.engagement().valuationDate().toString());
        h.append("<tr class=\"value\"><th>评估值<span class=\"en\">Value</span></th><td>");
        esc(h, report.conclusion().value().toString()).append("</td></tr>\n");
        row(h, "评估值区间", "Range", report.conclusion().low() + " – " + report.conclusion().high());
        h.append("</table>\n</header>\n");
        for (ReportSection s : report.sections()) {
            section(h, report, s);
        }
        h.append("<footer class=\"provenance\">");
        esc(h, "dataprice " + report.libraryVersion() + " · SHA-256 " + report.inputHash());
        h.append("</footer>\n</div>\n</body>\n</html>\n");
        return h.toString();
    }

    private void section(StringBuilder h, ValuationReport report, ReportSection s) {
        h.append("<section id=\"");
        esc(h, s.id()).append(s.id().equals("warnings") ? "\" class=\"section warnings\">\n<h2>" : "\" class=\"section\">\n<h2>");
        esc(h, s.titleZh()).append("<span class=\"en\">");
        esc(h, s.titleEn()).append("</span></h2>\n");
        if (s.id().equals("cashFlows")) {
            cashFlows(h, report.cashFlows().rows());
        } else if (s.id().equals("comparables")) {
            comparables(h, report.comparables());
        } else if (s.items().isEmpty()) {
            h.append("<p class=\"none\">无 None</p>\n");
        } else {
            h.append("<table class=\"items\">\n");
            for (ReportItem i : s.items()) {
                row(h, i.labelZh(), i.labelEn(), i.value());
                if (i.isComputed() && !s.id().equals("conclusion")) {
                    h.append("<tr class=\"explanation\"><td colspan=\"2\">");
                    explanation(h, i.explanation());
                    h.append("</td></tr>\n");
                }
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }

    private static void row(StringBuilder h, String zh, String en, String value) {
        h.append("<tr><th>");
        esc(h, zh).append("<span class=\"en\">");
        esc(h, en).append("</span></th><td>");
        esc(h, value).append("</td></tr>\n");
    }

    private static void explanation(StringBuilder h, Explanation e) {
        h.append("<div class=\"method\">");
        esc(h, e.methodId()).append("</div>\n");
        if (!e.inputs().isEmpty()) {
            h.append("<div class=\"inputs\">");
            List<Quantity> in = e.inputs();
            for (int i = 0; i < in.size(); i++) {
                h.append(i == 0 ? "" : "; ");
                esc(h, in.get(i).toString());
            }
            h.append("</div>\n");
        }
        steps(h, e.steps());
    }

    private static void steps(StringBuilder h, List<Step> steps) {
        if (steps.isEmpty()) {
            return;
        }
        h.append("<ul class=\"steps\">\n");
        for (Step s : steps) {
            h.append("<li><span class=\"step\">");
            esc(h, s.key().label()).append("</span> ");
            if (!s.formula().isEmpty()) {
                h.append("<span class=\"formula\">");
                esc(h, s.formula()).append("</span> ");
            }
            h.append("= <span class=\"num\">");
            Quantity r = s.result();
            esc(h, r.number() != null ? r.number().toPlainString() : r.text());
            if (!r.unit().isEmpty()) {
                h.append(' ');
                esc(h, r.unit());
            }
            h.append("</span>");
            if (!s.inputs().isEmpty()) {
                h.append("<div class=\"inputs\">");
                for (int i = 0; i < s.inputs().size(); i++) {
                    h.append(i == 0 ? "" : "; ");
                    esc(h, s.inputs().get(i).toString());
                }
                h.append("</div>");
            }
            if (s.source() != null && !s.source().isEmpty()) {
                h.append("<div class=\"source\">");
                esc(h, s.source()).append("</div>");
            }
            steps(h, s.children());
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void cashFlows(StringBuilder h, List<CashFlowRow> rows) {
        h.append("<table class=\"grid\">\n<tr><th>情景<span class=\"en\">Scenario</span></th><th>期<span class=\"en\">Period</span></th>")
                .append("<th>预测收益<span class=\"en\">Forecast</span></th><th>贡献系数<span class=\"en\">Contribution</span></th>")
                .append("<th>收益<span class=\"en\">Income</span></th><th>折现系数<span class=\"en\">Discount factor</span></th>")
                .append("<th>现值<span class=\"en\">Present value</span></th></tr>\n");
        for (CashFlowRow r : rows) {
            h.append("<tr><td>");
            esc(h, r.scenario()).append("</td><td class=\"n\">").append(r.period())
                    .append("</td><td class=\"n\">").append(r.forecast())
                    .append("</td><td class=\"n\">").append(r.contributionFactor())
                    .append("</td><td class=\"n\">").append(r.income())
                    .append("</td><td class=\"n\">").append(r.discountFactor())
                    .append("</td><td class=\"n\">").append(r.presentValue()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void comparables(StringBuilder h, List<AdjustedComparable> list) {
        h.append("<table class=\"grid\">\n<tr><th>案例<span class=\"en\">Comparable</span></th><th>价格<span class=\"en\">Price</span></th>")
                .append("<th>X1 质量<span class=\"en\">quality</span></th><th>X2 供求<span class=\"en\">supply-demand</span></th>")
                .append("<th>X3 期日<span class=\"en\">date</span></th><th>X4 容量<span class=\"en\">volume</span></th>")
                .append("<th>X5 其他<span class=\"en\">other</span></th><th>自定义<span class=\"en\">custom</span></th>")
                .append("<th>修正后价格<span class=\"en\">Adjusted</span></th><th>权重<span class=\"en\">Weight</span></th></tr>\n");
        for (AdjustedComparable c : list) {
            h.append("<tr><td>");
            esc(h, c.id()).append("</td><td class=\"n\">").append(c.price())
                    .append("</td><td class=\"n\">").append(c.quality())
                    .append("</td><td class=\"n\">").append(c.supplyDemand())
                    .append("</td><td class=\"n\">").append(c.date())
                    .append("</td><td class=\"n\">").append(c.volume())
                    .append("</td><td class=\"n\">").append(c.other())
                    .append("</td><td class=\"n\">").append(c.custom())
                    .append("</td><td class=\"n\">").append(c.adjustedPrice())
                    .append("</td><td class=\"n\">").append(c.weight()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
    static StringBuilder esc(StringBuilder h, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> h.append("&lt;");
                case '>' -> h.append("&gt;");
                case '&' -> h.append("&amp;");
                case '"' -> h.append("&quot;");
                case '\'' -> h.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        h.append(c);
                    }
                }
            }
        }
        return h;
    }
}
