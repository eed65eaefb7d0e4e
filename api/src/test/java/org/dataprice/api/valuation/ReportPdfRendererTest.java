package org.dataprice.api.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dataprice.api.document.DocumentSigner;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.ValuationReport;
import org.junit.jupiter.api.Test;

/**
 * The PDF laid out from the templated XHTML ({@link ReportPdfRenderer} over {@link ReportTemplates}): several pages, the
 * running header with the report number on every page but the cover, the warnings in the text, no raw double, and every
 * font embedded (what {@code pdffonts} reports as {@code emb yes}), checked with PDFBox on each page's resources.
 */
class ReportPdfRendererTest {
    static final java.time.Clock CLOCK = java.time.Clock.fixed(Instant.parse("2025-01-15T02:00:00Z"), java.time.ZoneOffset.UTC);

    @Test
    void test_render_runningHeaderAndEveryFontEmbedded() throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        ValuationReport report = Appraisal.DEFAULT.run(ValuationMapper.toModel(json.readValue(ValuationFixtures.engagement("DP-PDF-1",
                ValuationFixtures.INCOME_NEGATIVE_COST_SAVING), ValuationRequest.class)));
        String html = new ReportTemplates("", "Asia/Shanghai").render(report, Instant.parse("2025-01-15T02:00:00Z"), false);
        ReportPdfRenderer renderer = new ReportPdfRenderer("", new DocumentSigner("", "", "", CLOCK), CLOCK);
        byte[] pdf = renderer.render(html);
        Files.write(Path.of("target", "valuation-report-templated.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains("DP-PDF-1");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages());
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Warnings", "Income approach warning", "Restrictions on use", "Appendix");
            assertThat(text).as("the screen notice is not printed (the PDF has its own DRAFT marks)")
                    .doesNotContain("This service signs no reports");
            assertThat(ReportTemplatesTest.rawDoubles(text)).as("raw doubles in the PDF text").isEmpty();
            if (renderer.font() != null) {
                assertThat(text).contains("评估提示", "资产评估师", "使用有效期");
            }
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                fonts(page.getResources(), notEmbedded);
            }
            assertThat(notEmbedded).as("fonts not embedded").isEmpty();
        }
    }

    static void fonts(PDResources resources, List<String> notEmbedded) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) {
                notEmbedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                fonts(form.getResources(), notEmbedded);
            }
        }
    }
}
