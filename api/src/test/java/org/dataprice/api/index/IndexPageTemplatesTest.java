package org.dataprice.api.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IndexPageTemplates}: the bundled templates lay out every part of the page; contact shown only when configured;
 * an exchange's override directory replaces templates and the stylesheet; a broken override fails at construction
 * (start-up), naming the directory and the template.
 */
class IndexPageTemplatesTest {

    private static IndexPageModel.Page withContact(String contact) {
        IndexPageModel.Page p = IndexPageTemplates.specimenPage();
        return new IndexPageModel.Page(p.about(), p.headline(), p.level(), p.yoy(), p.table(), p.flags(), p.vintage(), p.warnings(),
                p.calendar(), p.revisions(), contact);
    }

    @Test
    void test_page_bundled_everyPart() {
        String html = new IndexPageTemplates("", "", "").page(withContact("Index desk"));

        assertThat(html).contains("id=\"units\"", "id=\"frequency\"", "id=\"method\"", "id=\"headline-value\"", "id=\"chart\"",
                "<line class=\"baseline\"", "id=\"yoy-empty\"", "id=\"observations\"", "coverage-trades", "id=\"flag-legend\"",
                "id=\"warnings\"", "id=\"next-release\"", "id=\"calendar\"", "id=\"revision-policy\"", "id=\"contact\">Index desk<",
                "id=\"dl-csv\"", "id=\"dl-json\"", "id=\"dl-sdmx\"", "<meta name=\"viewport\"");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void test_page_noContactConfigured_noContactSection() {
        String html = new IndexPageTemplates("", "", "").page(withContact(""));

        assertThat(html).doesNotContain("id=\"contact\"", "联系 <span class=\"en\">Contact");
    }

    @Test
    void test_override_replacesTemplatesAndStylesheet(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("common.html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <head th:fragment="head(title)"><meta charset="utf-8"><title th:text="${title}">t</title>
                <style th:utext="${css}"></style></head>
                <body><footer th:fragment="footer"><p id="exchange">上海数据交易所 Shanghai Data Exchange</p></footer></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.css"), "body { color: #010203; }", StandardCharsets.UTF_8);

        String html = new IndexPageTemplates(dir.toString(), "", "").page(withContact(""));

        assertThat(html).contains("上海数据交易所 Shanghai Data Exchange", "body { color: #010203; }", "id=\"chart\"");
    }

    @Test
    void test_override_brokenTemplateFailsAtStartupNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("chart.html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org"><body>
                <th:block th:fragment="chart(c)"><svg th:id="${c.noSuchField}"></svg></th:block></body></html>
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new IndexPageTemplates(dir.toString(), "", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not render")
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("chart");
    }

    @Test
    void test_override_unusableDirectoryOrStylesheet_refused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new IndexPageTemplates(dir.resolve("missing").toString(), "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a readable directory");
        Files.writeString(dir.resolve("index.css"), "</style><script>alert(1)</script>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new IndexPageTemplates(dir.toString(), "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must not contain '<'");
    }
}
