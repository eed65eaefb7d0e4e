package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.document.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataprice.report.templates-dir} through the service's configuration: a firm's letterhead is in the report a
 * new valuation is issued with; a broken override stops the start-up with the template's name (never a 500 when a
 * report is issued).
 */
class ReportTemplatesStartupTest {
    private static final String LETTERHEAD = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
            <div class="letterhead" th:fragment="letterhead"><p>渝信资产评估有限公司 Yuxin Appraisal Co.</p></div></body></html>
            """;

    @Test
    void test_start_overrideUsedForNewlyIssuedReports(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letterhead.html"), LETTERHEAD, StandardCharsets.UTF_8);
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("report-templates-ok"));
        props.put("dataprice.report.templates-dir", dir.toString());
        try (ApplicationContext context = ApplicationContext.run(props, "test")) {
            ValuationService service = context.getBean(ValuationService.class);
            ValuationRequest request = context.getBean(JsonMapper.class).readValue(ValuationFixtures.engagement("DP-FIRM-1"),
                    ValuationRequest.class);
            ValuationResponse created = service.create(request, "tester");
            String html = new String(service.document(created.id(), 1, DocumentFormat.HTML, "reader").content(), StandardCharsets.UTF_8);
            assertThat(html).contains("渝信资产评估有限公司 Yuxin Appraisal Co.", "声明", "DP-FIRM-1");
        }
    }

    @Test
    void test_start_brokenOverrideFailsNamingTheTemplate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letterhead.html"), LETTERHEAD.replace("th:fragment=\"letterhead\"", "th:fragment=\"other\""),
                StandardCharsets.UTF_8);
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("report-templates-broken"));
        props.put("dataprice.report.templates-dir", dir.toString());

        Throwable failure = catchThrowable(() -> ApplicationContext.run(props, "test").close());

        assertThat(failure).as("start-up must fail").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString()).contains("The valuation report templates in " + dir + " do not render",
                "letterhead");
    }
}
