package org.dataprice.api.valuation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.dataprice.api.document.DocumentSigner;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.explain.LibraryVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out the report XHTML ({@link ReportTemplates}) as a PDF with
 * openhtmltopdf — the very same document the HTML endpoint serves.
 *
 * <p>Chinese glyphs need a CJK TrueType font: {@code dataprice.report.cjk-font} (a path), else the first of
 * {@link #CANDIDATES} present on the system (Debian {@code fonts-droid-fallback}, installed by
 * {@code .ci/fonts.sh}). It is embedded (subset) under the family {@value #FAMILY} that {@code report.css} lists
 * first. Without a font the PDF is still valid (Latin text and figures in the built-in fonts) but Chinese
 * characters are not drawn; a warning is logged once at start-up.
 *
 * <p><b>PDF/A-2b</b> (ISO 19005-2, level B): openhtmltopdf's PDF/A mode with the sRGB output intent of the JDK
 * ({@code ICC_Profile.getInstance(ColorSpace.CS_sRGB)}, the IEC 61966-2-1 profile every JDK ships); every font is
 * a registered TrueType file, embedded as a subset (the stylesheet names no font outside them, so no base-14
 * font is used). The document information and the XMP packet are then written once, equal to each other as
 * PDF/A requires: {@code pdfaid:part 2}, {@code pdfaid:conformance B}, {@code dc:title} (the XHTML title),
 * {@code dc:identifier} and {@code pdf:Keywords} (the report number, from
 * {@code <meta name="report-number" content="…"/>}), {@code xmp:CreatorTool} ({@link #CREATOR_TOOL}: this class with
 * the dataprice, openhtmltopdf and PDFBox versions), {@code pdf:Producer}, and the creation and modification dates
 * of the service clock.
 *
 * <p><b>Charts</b> (inline SVG from {@code charts.html}) are drawn as vector graphics by openhtmltopdf's Batik
 * SVG drawer ({@code openhtmltopdf-svg-support}); their labels use DejaVu Sans, which is registered and embedded.
 *
 * <p><b>Signed or DRAFT.</b> With a signing key ({@link DocumentSigner#signs()}) the PDF/A document is signed
 * (PAdES, incremental update) and those signed bytes are what the caller stores; the PDF is never signed on read.
 * Without one, every page says DRAFT: a line in the top-left page margin box of every page (cover included)
 * and a light diagonal watermark ({@code position: fixed}, drawn on each page), both in embedded fonts.
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
    /** The text of the DRAFT line on every page of an unsigned report. */
    public static final String DRAFT = "DRAFT 草稿 — not signed 未签署";
    /** The {@code xmp:CreatorTool} and {@code /Creator} of every report PDF. */
    public static final String CREATOR_TOOL = "dataprice " + LibraryVersion.VERSION + " ReportPdfRenderer; openhtmltopdf "
            + version("/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-pdfbox/pom.properties") + "; Apache PDFBox "
            + org.apache.pdfbox.util.Version.getVersion();
    private static final Pattern REPORT_NUMBER = Pattern.compile("<meta\\s+name=\"report-number\"\\s+content=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final String DRAFT_STYLE = "<style>\n/* unsigned draft (ReportPdfRenderer) */\n"
            + "@page { @top-left { content: \"" + DRAFT + "\"; font-family: 'DejaVu Sans', 'dataprice-cjk'; font-size: 9pt;"
            + " font-weight: bold; color: #b00020; } }\n"
            + ".dp-draft-watermark { position: fixed; top: 95mm; left: 0; width: 100%; text-align: center;"
            + " font-family: 'DejaVu Sans', 'dataprice-cjk'; font-size: 96pt; font-weight: bold; color: #ececec;"
            + " transform: rotate(-35deg); z-index: -1; }\n</style>\n";
    private static final String DRAFT_MARK = "<div class=\"dp-draft-watermark\">DRAFT</div>";

    private final Path font;
    private final DocumentSigner signer;
    private final Clock clock;
    private final byte[] srgb;

    /**
     * @param configured {@code dataprice.report.cjk-font}, or empty to search {@link #CANDIDATES}
     * @param signer     signs the PDF when a key is configured; else every page says DRAFT
     * @param clock      the service clock (document dates)
     */
    public ReportPdfRenderer(@Value("${dataprice.report.cjk-font:}") String configured, DocumentSigner signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
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

    /** @return whether the PDFs this renderer issues are signed (false: every page says DRAFT) */
    public boolean signs() {
        return signer.signs();
    }

    /** @return the CJK font embedded in PDFs, or null when none was found */
    public Path font() {
        return font;
    }

    /**
     * @return what the issued PDF records as its renderer: the libraries, the conformance and whether signed
     */
    public String renderer() {
        return "ReportPdfRenderer/" + CREATOR_TOOL.substring(CREATOR_TOOL.indexOf("openhtmltopdf")).replace("; ", "+")
                .replace(' ', '-') + "/PDF-A-2b/" + (signer.signs() ? "signed" : "draft");
    }

    /**
     * Lays out, makes PDF/A-2b and signs (or marks DRAFT): the bytes to issue.
     *
     * @param xhtml the report document
     * @return the PDF bytes
     */
    public byte[] render(String xhtml) {
        String reportNumber = first(REPORT_NUMBER, xhtml);
        String title = first(TITLE, xhtml);
        byte[] pdf = metadata(layOut(signer.signs() ? xhtml : draft(xhtml)), title, reportNumber);
        return signer.signs() ? signer.signPdf(pdf, reportNumber == null ? "valuation report" : "报告编号 " + reportNumber) : pdf;
    }

    /** Adds the DRAFT margin line and watermark to an XHTML document (before its head's end and after its body's start). */
    static String draft(String xhtml) {
        int head = xhtml.indexOf("</head>");
        int body = xhtml.indexOf("<body");
        int bodyEnd = body < 0 ? -1 : xhtml.indexOf('>', body);
        if (head < 0 || bodyEnd < 0 || bodyEnd < head) {
            throw new IllegalStateException("the report XHTML has no <head> followed by a <body>");
        }
        return xhtml.substring(0, head) + DRAFT_STYLE + xhtml.substring(head, bodyEnd + 1) + DRAFT_MARK
                + xhtml.substring(bodyEnd + 1);
    }

    private byte[] layOut(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(srgb);
            builder.withProducer(CREATOR_TOOL);
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

    private byte[] metadata(byte[] pdf, String title, String reportNumber) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            now.setTimeInMillis(ServiceClock.now(clock).toEpochMilli());
            PDDocumentInformation info = new PDDocumentInformation();
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setFormat("application/pdf");
            AdobePDFSchema pdfSchema = xmp.createAndAddAdobePDFSchema();
            pdfSchema.setProducer(CREATOR_TOOL);
            info.setProducer(CREATOR_TOOL);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(CREATOR_TOOL);
            info.setCreator(CREATOR_TOOL);
            basic.setCreateDate(now);
            basic.setModifyDate(now);
            basic.setMetadataDate(now);
            info.setCreationDate(now);
            info.setModificationDate(now);
            if (title != null) {
                dc.setTitle(title);
                info.setTitle(title);
            }
            if (reportNumber != null) {
                dc.setIdentifier(reportNumber);
                pdfSchema.setKeywords(reportNumber);
                info.setKeywords(reportNumber);
            }
            ByteArrayOutputStream packet = new ByteArrayOutputStream(4096);
            new XmpSerializer().serialize(xmp, packet, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(packet.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
            doc.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFieldValueException | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("cannot write the PDF/A metadata: " + e.getMessage(), e);
        }
    }

    private static String first(Pattern pattern, String xhtml) {
        Matcher m = pattern.matcher(xhtml);
        if (!m.find()) {
            return null;
        }
        // the five predefined XML entities are all that Thymeleaf's XML mode writes into text and attributes
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&").strip();
    }

    private static String version(String pomProperties) {
        try (InputStream in = ReportPdfRenderer.class.getResourceAsStream(pomProperties)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
