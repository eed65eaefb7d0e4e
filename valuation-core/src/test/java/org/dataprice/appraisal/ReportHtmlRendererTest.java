package org.dataprice.appraisal;

import org.dataprice.appraisal.html.ReportHtmlRenderer;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ReportHtmlRenderer}: content, escaping, reproducibility, validation. */
class ReportHtmlRendererTest {

    @Test
    void test_render_containsKeyFiguresAndBilingualLabels() {
        ValuationReport r = Appraisal.DEFAULT.run(AppraisalTest.sut().build());
        String html = ReportHtmlRenderer.DEFAULT.render(r);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains(r.conclusion().value().toString(), r.inputHash(), r.libraryVersion(), "数据产品经营权",
                        "评估结论", "Conclusion", "收益法", "Income approach", "成本法", "市场法", "评估假设", "Assumptions",
                        "限制条件与特别事项", "WDE-2026-017", "评估基准日", "Valuation date");
        for (ApproachOutcome o : r.approaches()) {
            assertThat(html).contains(o.value().toString());
        }
        // one table row per cash-flow period (plus the header) in the schedule section
        String flows = html.substring(html.indexOf("<section id=\"cashFlows\""), html.indexOf("</section>", html.indexOf("id=\"cashFlows\"")));
        assertThat(flows.split("<tr>", -1)).hasSize(1 + 1 + r.cashFlows().rows().size());
    }

    @Test
    void test_render_warningsSectionOnlyWhenWarned() {
        ValuationReport warned = Appraisal.DEFAULT.run(AppraisalTest.sut(AppraisalTest.negativeCostSaving()).build());
        String html = ReportHtmlRenderer.DEFAULT.render(warned);
        int start = html.indexOf("<section id=\"warnings\" class=\"section warnings\">");
        assertThat(start).isPositive().isLessThan(html.indexOf("<section id=\"engagement\""));
        String section = html.substring(start, html.indexOf("</section>", start));
        assertThat(section).contains("评估提示", "Warnings", "收益法提示", "Income approach warning", warned.warnings().get(0));
        assertThat(ReportHtmlRenderer.DEFAULT.render(Appraisal.DEFAULT.run(AppraisalTest.sut().build())))
                .doesNotContain("id=\"warnings\"", "评估提示");
    }

    @Test
    void test_render_reproducibleBitForBit() {
        String a = ReportHtmlRenderer.DEFAULT.render(Appraisal.DEFAULT.run(AppraisalTest.sut().build()));
        String b = ReportHtmlRenderer.DEFAULT.render(Appraisal.DEFAULT.run(AppraisalTest.sut().build()));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void test_render_escapesMarkup() {
        ValuationReport r = Appraisal.DEFAULT.run(AppraisalTest.sut().assumption("<script>alert('x')</script> & co").build());
        String html = ReportHtmlRenderer.DEFAULT.render(r);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co");
    }

    @Test
    void test_render_fontFamilyFirst() {
        String html = new ReportHtmlRenderer("p{}", "WQY CJK").render(Appraisal.DEFAULT.run(AppraisalTest.sut().build()));
        assertThat(html).contains("body{font-family:'WQY CJK',sans-serif}");
    }

    @Test
    void test_new_rejectsStyleBreakoutAndBadFont() {
        assertThatThrownBy(() -> new ReportHtmlRenderer("p{}</style><script>"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("stylesheet");
        assertThatThrownBy(() -> new ReportHtmlRenderer("p{}", "x'}body{"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("fontFamily");
        assertThatThrownBy(() -> new ReportHtmlRenderer(null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("stylesheet");
        assertThatThrownBy(() -> new ReportHtmlRenderer("x".repeat(ReportHtmlRenderer.MAX_STYLESHEET + 1)))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("stylesheet");
        assertThatThrownBy(() -> ReportHtmlRenderer.DEFAULT.render(null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("report");
    }
}
