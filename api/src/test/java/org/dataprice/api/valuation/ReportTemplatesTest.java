package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.appraisal.report.ReportModel;
import org.dataprice.money.CapitalAmount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReportTemplates}: the bundled templates print every section of {@link ReportModel#SECTIONS} in that order, the
 * value in 万元 and 大写, the warnings only when the valuation warns, no raw double; a firm's override directory is used
 * (letterhead, extra section, stylesheet, logo) and a broken override fails the construction (the start-up) with a
 * message naming the template and line.
 */
class ReportTemplatesTest {
    /** More than six decimals after a digit and a point: a raw double leaked. */
    private static final Pattern RAW_DOUBLE = Pattern.compile("\\d\\.\\d{7,}");
    private static final Instant ISSUED = Instant.parse("2025-01-15T02:00:00Z");
    private static ValuationReport plain;
    private static ValuationReport warned;

    @BeforeAll
    static void reports() throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        plain = Appraisal.DEFAULT.run(ValuationMapper.toModel(json.readValue(ValuationFixtures.engagement("DP-TPL-1"),
                ValuationRequest.class)));
        warned = Appraisal.DEFAULT.run(ValuationMapper.toModel(json.readValue(ValuationFixtures.engagement("DP-TPL-WARN",
                ValuationFixtures.INCOME_NEGATIVE_COST_SAVING), ValuationRequest.class)));
    }

    /**
     * The screen copy says DRAFT when the service signs no PDFs and names the signed PDF as the original when it does;
     * neither notice is printed (the PDF carries its own DRAFT marks or its signature).
     */
    @Test
    void test_render_screenNotice_draftOrSignedOriginal() {
        ReportTemplates templates = new ReportTemplates("", "Asia/Shanghai");
        String draft = templates.render(plain, ISSUED, false);
        String signed = templates.render(plain, ISSUED, true);
        assertThat(draft).contains("id=\"draft-notice\"", "DRAFT 草稿", "every page of the report PDF says DRAFT")
                .doesNotContain("id=\"copy-notice\"");
        assertThat(signed).contains("id=\"copy-notice\"", "the digitally signed original is the PDF report")
                .doesNotContain("id=\"draft-notice\"", "DRAFT 草稿");
        assertThat(draft).contains("@media print { .screen-notice { display: none; } }");
    }

    @Test
    void test_render_sectionsInTheProfessionsOrder() {
        String html = new ReportTemplates("", "Asia/Shanghai").render(plain, ISSUED, false);
        List<String> ids = sectionIds(html);
        List<String> expected = new ArrayList<>(ReportModel.SECTIONS);
        expected.remove("warnings");
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>").doesNotContain(" th:", "xmlns:th")
                .contains("声明", "摘要", "评估依据", "评估程序实施过程和情况", "特别事项说明", "资产评估报告使用限制说明",
                        "资产评估师（签名）", "资产评估机构（盖章）", "报告编号 DP-TPL-1", "2025年1月15日",
                        "评估结论使用有效期为一年", "2024年12月31日", "2025年12月30日", plain.inputHash(), plain.libraryVersion());
        ReportModel.Figure value = ReportModel.Figure.of(plain.conclusion().value());
        assertThat(html).contains(value.amount(), value.wan(), CapitalAmount.renminbi(plain.conclusion().value()));
        assertThat(html).doesNotContain("评估提示", "id=\"warnings\"");
        assertThat(rawDoubles(html)).isEmpty();
    }

    @Test
    void test_render_warningsWhenTheValuationWarns() {
        String html = new ReportTemplates("", "Asia/Shanghai").render(warned, ISSUED, false);
        List<String> ids = sectionIds(html);
        assertThat(ids).containsExactlyElementsOf(ReportModel.SECTIONS);
        int start = html.indexOf("<section id=\"warnings\"");
        String section = html.substring(start, html.indexOf("</section>", start));
        assertThat(section).contains("评估提示", "Warnings", "收益法提示", "Income approach warning",
                ValuationFixtures.NEGATIVE_COST_SAVING_WARNING);
        assertThat(rawDoubles(html)).isEmpty();
    }

    /** Two signing appraisers (JSON). */
    static final String TWO_SIGNATORIES = "[{\"name\":\"张伟 Zhang Wei\",\"registrationNumber\":\"50180012\"},"
            + "{\"name\":\"李娜 Li Na\",\"registrationNumber\":\"50180034\"}]";

    @Test
    void test_render_partiesWithoutNames_keepTheContractWordingAndBlankLines() {
        String html = new ReportTemplates("", "Asia/Shanghai").render(plain, ISSUED, false);
        assertThat(section(html, "parties")).contains("见资产评估委托合同", "as named in the engagement contract");
        String signatures = section(html, "signatures");
        assertThat(count(signatures, "资产评估师（签名）")).isEqualTo(2);
        assertThat(count(signatures, "<div class=\"line\"></div>")).isEqualTo(4);
        assertThat(signatures).doesNotContain("class=\"printed\"", "line filled");
    }

    @Test
    void test_render_partiesNamed_clientAndBothSignatories() throws Exception {
        String html = render(ValuationFixtures.engagementWithParties("DP-TPL-P2", TWO_SIGNATORIES));
        assertThat(section(html, "parties")).contains(ValuationFixtures.CLIENT).doesNotContain("见资产评估委托合同",
                "as named in the engagement contract");
        String signatures = section(html, "signatures");
        assertThat(count(signatures, "资产评估师（签名）")).isEqualTo(2);
        assertThat(signatures).contains("<div class=\"printed\">张伟 Zhang Wei</div>", "<div class=\"line filled\">50180012</div>",
                "<div class=\"printed\">李娜 Li Na</div>", "<div class=\"line filled\">50180034</div>");
        assertThat(signatures.indexOf("50180012")).isLessThan(signatures.indexOf("50180034"));
        assertThat(count(signatures, "<div class=\"line\"></div>")).isEqualTo(2);
    }

    @Test
    void test_render_oneSignatory_secondBlockBlank() throws Exception {
        String html = render(ValuationFixtures.engagementWithParties("DP-TPL-P1",
                "[{\"name\":\"<b>张伟</b>\",\"registrationNumber\":\"50180012\"}]"));
        String signatures = section(html, "signatures");
        assertThat(count(signatures, "资产评估师（签名）")).isEqualTo(2);
        assertThat(signatures).contains("<div class=\"printed\">&lt;b&gt;张伟&lt;/b&gt;</div>", "<div class=\"line filled\">50180012</div>")
                .doesNotContain("<b>");
        assertThat(count(signatures, "class=\"printed\"")).isEqualTo(1);
        assertThat(count(signatures, "<div class=\"line\"></div>")).isEqualTo(3);
    }

    private static String render(String body) throws Exception {
        ValuationReport r = Appraisal.DEFAULT.run(ValuationMapper.toModel(JsonMapper.createDefault().readValue(body, ValuationRequest.class)));
        return new ReportTemplates("", "Asia/Shanghai").render(r, ISSUED, false);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void test_render_escapesFreeText() throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        String body = ValuationFixtures.engagement("DP-<b>&amp;</b>");
        ValuationReport r = Appraisal.DEFAULT.run(ValuationMapper.toModel(json.readValue(body, ValuationRequest.class)));
        String html = new ReportTemplates("", "Asia/Shanghai").render(r, ISSUED, false);
        assertThat(html).doesNotContain("<b>").contains("DP-&lt;b&gt;&amp;amp;&lt;/b&gt;");
    }

    @Test
    void test_override_letterheadExtraSectionStylesheetAndLogoUsed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letterhead.html"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <div class="letterhead" th:fragment="letterhead"><img th:src="${logo}" alt="logo"/><p>渝信资产评估有限公司 Yuxin Appraisal Co.</p>
                <p th:text="${r.reportNumber}">n</p></div></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("extra-sections.html"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <th:block th:fragment="extra"><section id="firmNotes" class="section"><h2>机构说明<span class="en">Firm notes</span></h2>
                <p>本机构备案号 12345</p></section></th:block></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.css"), "body { color: #010203; }", StandardCharsets.UTF_8);
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String html = new ReportTemplates(dir.toString(), "Asia/Shanghai").render(plain, ISSUED, false);
        assertThat(html).contains("渝信资产评估有限公司 Yuxin Appraisal Co.", "<p>DP-TPL-1</p>", "本机构备案号 12345",
                "body { color: #010203; }", "data:image/png;base64,iVBORw==");
        List<String> ids = sectionIds(html);
        assertThat(ids.indexOf("firmNotes")).isEqualTo(ids.indexOf("restrictions") + 1).isEqualTo(ids.indexOf("signatures") - 1);
        // the bundled standing texts are still used where not overridden
        assertThat(html).contains("评估结论不等同于评估对象可实现价格");
    }

    @Test
    void test_override_brokenTemplateFailsAtStartupNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("texts.html"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <div th:fragment="statements"><p>unclosed paragraph</div>
                </body></html>
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReportTemplates(dir.toString(), "Asia/Shanghai"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not render")
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("texts");
    }

    @Test
    void test_override_badExpressionFailsAtStartup(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letterhead.html"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <div th:fragment="letterhead"><p th:text="${r.noSuchField}">x</p></div></body></html>
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReportTemplates(dir.toString(), "Asia/Shanghai"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("letterhead")
                .hasMessageContaining("noSuchField");
    }

    @Test
    void test_override_badStylesheetLogoOrDirectoryRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new ReportTemplates(dir.resolve("missing").toString(), "Asia/Shanghai"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a readable directory");
        assertThatThrownBy(() -> new ReportTemplates("", "Mars/Olympus"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dataprice.report.time-zone");
        Files.writeString(dir.resolve("report.css"), "p{}</style><script>alert(1)</script>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReportTemplates(dir.toString(), "Asia/Shanghai"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("report.css").hasMessageContaining("'<'");
        Files.delete(dir.resolve("report.css"));
        Files.write(dir.resolve("logo.png"), new byte[(int) ReportTemplates.MAX_LOGO_BYTES + 1]);
        assertThatThrownBy(() -> new ReportTemplates(dir.toString(), "Asia/Shanghai"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("logo.png");
    }

    @Test
    void test_render_reproducibleForTheSameIssueDate() {
        ReportTemplates t = new ReportTemplates("", "Asia/Shanghai");
        assertThat(t.render(plain, ISSUED, true)).isEqualTo(t.render(plain, ISSUED.plusSeconds(3600), true));
    }

    static List<String> sectionIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<section id=\"([A-Za-z]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static List<String> rawDoubles(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = RAW_DOUBLE.matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
