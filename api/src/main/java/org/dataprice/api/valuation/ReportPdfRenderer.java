package org.dataprice.api.valuation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lays out the report XHTML ({@link ReportTemplates}) as a PDF with
 * openhtmltopdf — the very same document the HTML endpoint serves.
 *
 * <p>Chinese glyphs need a CJK TrueType font: {@code dataprice.report.cjk-font} (a path), else the first of
 * {@link #CANDIDATES} present on the system (Debian {@code fonts-droid-fallback}, installed by
 * {@code .ci/fonts.sh}). It is embedded (subset) under the family {@value #FAMILY} that {@code report.css} lists
 * first. Without a font the PDF is still valid (Latin text and figures in the built-in fonts) but Chinese
 * characters are not drawn; a warning is logged once at start-up.
 */
@Singleton
public class ReportPdfRenderer {
    /** The font family the stylesheet names first. */
    public static final String FAMILY = "dataprice-cjk";
    /** Font files tried, in order, when no path is configured. */
    public static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc");
    /** Fonts with Greek and mathematical symbols (Σ, λ, ×, −) embedded when present (Debian fonts-dejavu-core). */
    private static final String[][] LATIN_FONTS = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVu Sans"},
        {"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "DejaVu Sans Mono"}};
    private static final Logger LOG = LoggerFactory.getLogger(ReportPdfRenderer.class);

    private final Path font;

    /**
     * @param configured {@code dataprice.report.cjk-font}, or empty to search {@link #CANDIDATES}
     */
    public ReportPdfRenderer(@Value("${dataprice.report.cjk-font:}") String configured) {
        Path found = null;
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured.strip());
            if (Files.isReadable(p)) {
                found = p;
            } else {
                LOG.warn("dataprice.report.cjk-font {} is not readable; PDF reports will lack Chinese glyphs", p);
            }
        } else {
            for (String c : CANDIDATES) {
                if (Files.isReadable(Path.of(c))) {
                    found = Path.of(c);
                    break;
                }
            }
            if (found == null) {
                LOG.warn("No CJK font found (tried {}); PDF reports will lack Chinese glyphs. Install fonts-droid-fallback "
                        + "or set dataprice.report.cjk-font", CANDIDATES);
            }
        }
        this.font = found;
    }

    /** @return the CJK font embedded in PDFs, or null when none was found */
    public Path font() {
        return font;
    }

    /**
     * @param xhtml the report document
     * @return the PDF bytes
     */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            if (font != null) {
                builder.useFont(font.toFile(), FAMILY);
            }
            for (String[] f : LATIN_FONTS) {
                Path p = Path.of(f[0]);
                if (Files.isReadable(p)) {
                    builder.useFont(p.toFile(), f[1]);
                }
            }
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
