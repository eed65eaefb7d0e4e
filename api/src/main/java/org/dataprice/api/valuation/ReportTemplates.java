package org.dataprice.api.valuation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.appraisal.Signatory;
import org.dataprice.appraisal.report.ReportModel;
import org.dataprice.api.template.TemplateEngines;
import org.dataprice.appraisal.report.chart.Charts;
import org.dataprice.appraisal.report.chart.ReportCharts;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Lays out a valuation report ({@link ReportModel}) as the XHTML document that is issued as {@code report.html} and
 * that {@link ReportPdfRenderer} turns into the PDF: plain Thymeleaf 3.1 (no Spring), XML template mode so that every
 * template is well-formed and the output is XHTML an XML-based PDF engine reads.
 *
 * <p><b>Where things live.</b> The core builds the model (sections, figures formatted for people, 大写, validity:
 * {@link ReportModel}) and stays framework-free; the template engine, the bundled templates
 * ({@code classpath:valuation/templates/*.html}, stylesheet {@code classpath:valuation/report.css}) and the firm's
 * overrides are the service's, because reading a directory and running an engine are I/O and framework.
 *
 * <p><b>Overrides without rebuilding.</b> {@code dataprice.report.templates-dir} (env
 * {@code DATAPRICE_REPORT_TEMPLATES_DIR}) names a directory whose files replace the bundled ones of the same name:
 * {@code report.html} (the whole document), {@code letterhead.html} (the cover's letterhead), {@code texts.html} (the
 * standing texts: 声明, parties, 评估依据, 评估程序, 特别事项, 使用限制), {@code extra-sections.html} (sections between the
 * restrictions and the signatures), {@code tree.html} (the appendix's explanation tree), {@code charts.html} (the charts as
 * inline SVG: reconciliation weights, tornado, two-way heat map, Monte Carlo histogram) and {@code report.css}; a
 * {@code logo.png}, {@code logo.jpg} or {@code logo.svg} there is embedded as a {@code data:} URI ({@code logo}), so
 * the issued document stays self-contained. Both languages are in the templates, so a firm words either.
 *
 * <p><b>A broken override stops the start-up, never an issue.</b> The bean is created at start-up ({@link Context}):
 * it reads the directory, checks the stylesheet and logo, and renders {@link #specimen()} — a model with a line in
 * every list, so every branch of the templates runs — through the configured templates. A template that does not
 * parse or evaluate fails the start with {@link IllegalStateException} naming the directory, the template, the line
 * and the engine's reason. Templates are cached after that check, so a file edited later takes effect on restart
 * (and is checked then).
 *
 * <p>Report date: the issue instant in {@code dataprice.report.time-zone} (default {@code Asia/Shanghai}).
 * Thread-safe (Thymeleaf's engine is).
 */
@Context
public class ReportTemplates {
    /** Classpath folder of the bundled templates. */
    public static final String BUNDLED = "valuation/templates/";
    /** Classpath location of the bundled stylesheet. */
    public static final String STYLESHEET = "valuation/report.css";
    /** The main template's name. */
    public static final String MAIN = "report";
    /** The largest logo file embedded, in bytes. */
    public static final long MAX_LOGO_BYTES = 512 * 1024;
    private static final Map<String, String> LOGOS = Map.of("logo.png", "image/png", "logo.jpg", "image/jpeg", "logo.svg",
            "image/svg+xml");

    private final TemplateEngine engine;
    private final String stylesheet;
    private final String logo;
    private final ZoneId zone;

    /**
     * @param directory {@code dataprice.report.templates-dir}, or empty for the bundled templates only
     * @param zone      {@code dataprice.report.time-zone}, the zone of the report date
     * @throws IllegalStateException when the directory, its stylesheet, logo or templates are unusable
     */
    public ReportTemplates(@Value("${dataprice.report.templates-dir:}") String directory,
                           @Value("${dataprice.report.time-zone:Asia/Shanghai}") String zone) {
        Path dir = directory == null || directory.isBlank() ? null : Path.of(directory.strip());
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalStateException("dataprice.report.templates-dir " + dir + " is not a readable directory");
        }
        try {
            this.zone = ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException("dataprice.report.time-zone " + zone + " is not a zone id such as Asia/Shanghai", e);
        }
        this.engine = engine(dir);
        this.stylesheet = stylesheet(dir);
        this.logo = logo(dir);
        try {
            render(specimen(), specimenCharts(), false);
            render(specimen(), specimenCharts(), true);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The valuation report templates" + (dir == null ? "" : " in " + dir)
                    + " do not render: " + e.getMessage(), e);
        }
    }

    /**
     * @param report   the valuation report; not null
     * @param issuedAt when it is issued (its date in the configured zone is the report date); not null
     * @param signed   whether the service signs the report's PDF (true: the screen copy names the signed PDF as the
     *                 original; false: the screen copy says DRAFT, as every page of the unsigned PDF does)
     * @return the XHTML document
     */
    public String render(ValuationReport report, Instant issuedAt, boolean signed) {
        return render(report, new ReportCharts(Charts.weights(report), null, null, null, "", ""), issuedAt, signed);
    }

    /**
     * @param report   the valuation report; not null
     * @param charts   its charts (the reconciliation weights, and the stored analyses' charts when there are any); not null
     * @param issuedAt when it is issued (its date in the configured zone is the report date); not null
     * @param signed   whether the service signs the report's PDF (see {@link #render(ValuationReport, Instant, boolean)})
     * @return the XHTML document
     */
    public String render(ValuationReport report, ReportCharts charts, Instant issuedAt, boolean signed) {
        return render(report, charts, null, issuedAt, signed);
    }

    /**
     * @param report         the valuation report; not null
     * @param charts         its charts; not null
     * @param registrationId the data-asset registration the valuation cites (the template's variable
     *                       {@code registrationId}, a row of the asset's identification), or null when it cites none
     * @param issuedAt       when it is issued; not null
     * @param signed         whether the service signs the report's PDF
     * @return the XHTML document
     */
    public String render(ValuationReport report, ReportCharts charts, String registrationId, Instant issuedAt,
                         boolean signed) {
        return render(ReportModel.of(report, LocalDate.ofInstant(issuedAt, zone)), charts, registrationId, signed);
    }

    /**
     * @param model the report model; not null
     * @return the XHTML document with the specimen charts
     */
    String render(ReportModel model) {
        return render(model, specimenCharts(), false);
    }

    /**
     * @param model  the report model; not null
     * @param charts the charts; not null
     * @param signed whether the service signs the report's PDF (the template's variable {@code signed})
     * @return the XHTML document
     * @throws IllegalStateException naming the template, line and reason when the templates fail on this model
     */
    String render(ReportModel model, ReportCharts charts, boolean signed) {
        return render(model, charts, null, signed);
    }

    private String render(ReportModel model, ReportCharts charts, String registrationId, boolean signed) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.ROOT);
        context.setVariable("registrationId", registrationId);
        context.setVariable("r", model);
        context.setVariable("charts", charts);
        context.setVariable("stylesheet", stylesheet);
        context.setVariable("logo", logo);
        context.setVariable("signed", signed);
        try {
            return engine.process(MAIN, context);
        } catch (TemplateEngineException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * One analysis job of a valuation as the report page shows it while it is computed.
     *
     * @param kind    the job's kind, e.g. {@code valuation.monte-carlo}
     * @param label   what it computes, bilingual, e.g. {@code 蒙特卡洛 Monte Carlo}
     * @param state   QUEUED or RUNNING
     * @param percent the fraction done in whole percent, rounded down, 0 to 100
     * @param done    units done (draws, grid cells)
     * @param total   units in all (0 while not yet known)
     * @param eta     the estimated end in the report's zone ({@code yyyy-MM-dd HH:mm:ss zone}), or "—" while unknown
     * @param href    the job, {@code /v1/jobs/{id}}
     */
    public record Computing(String kind, String label, String state, int percent, long done, long total, String eta,
                            String href) {
    }

    /**
     * @param job a queued or running analysis job of a valuation; not null
     * @return how the report page shows it (the ETA in the configured zone)
     */
    public Computing computing(org.dataprice.api.job.JobResponse job) {
        String label = switch (job.kind()) {
            case AnalysisJobs.MONTE_CARLO -> "蒙特卡洛模拟 Monte Carlo";
            case AnalysisJobs.SENSITIVITY -> "敏感性分析 Sensitivity analysis";
            default -> job.kind();
        };
        int percent = job.progress().fraction().movePointRight(2).setScale(0, java.math.RoundingMode.DOWN).intValue();
        String eta = job.eta() == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss VV", Locale.ROOT)
                .format(job.eta().atZone(zone));
        return new Computing(job.kind(), label, job.state(), percent, job.progress().done(), job.progress().total(), eta,
                job.href());
    }

    /**
     * The report page while analyses of the valuation are computed: their state, progress and ETA (template
     * {@code computing.html}). Not an issued document: it is rendered for each request and never stored.
     *
     * @param valuationId    the valuation
     * @param jobs           its queued or running analyses, at least one
     * @param latestRevision its latest issued report revision, 0 when none was issued yet; a job that completes issues
     *                       {@code latestRevision + 1} with its result (the page names it)
     * @return the XHTML page
     */
    public String computingPage(String valuationId, java.util.List<Computing> jobs, int latestRevision) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.ROOT);
        context.setVariable("valuationId", valuationId);
        context.setVariable("jobs", jobs);
        context.setVariable("latestRevision", latestRevision);
        try {
            return engine.process("computing", context);
        } catch (TemplateEngineException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static TemplateEngine engine(Path dir) {
        return TemplateEngines.create(dir, BUNDLED, TemplateMode.XML);
    }

    /** The override's report.css, else the bundled one; refused when it could break out of {@code <style>}. */
    private static String stylesheet(Path dir) {
        return TemplateEngines.stylesheet(dir, "report.css", STYLESHEET, "report");
    }

    /** The first of logo.png, logo.jpg, logo.svg in the directory as a data: URI, or empty. */
    private static String logo(Path dir) {
        if (dir == null) {
            return "";
        }
        for (String name : List.of("logo.png", "logo.jpg", "logo.svg")) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                if (Files.size(file) > MAX_LOGO_BYTES) {
                    throw new IllegalStateException("The report logo " + file + " is larger than " + MAX_LOGO_BYTES + " bytes");
                }
                return "data:" + LOGOS.get(name) + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "";
    }

    /**
     * Specimen charts (样本) with every chart present — weights, tornado, heat map, histogram with its three markers — so
     * that the start-up check runs every chart fragment. Never issued.
     *
     * @return the specimen charts
     */
    static ReportCharts specimenCharts() {
        java.util.Currency cny = org.dataprice.money.Money.currency("CNY", "currency");
        return new ReportCharts(Charts.weights(List.of("成本法 Cost approach", "收益法 Income approach"), List.of(0.4, 0.6)),
                Charts.tornado(100, List.of(new Charts.TornadoLine("specimen", 0.9, 1.1, 90, 110)), cny),
                Charts.heatMap("row", List.of(0.9, 1.0), "column", List.of(0.9, 1.0), List.of(List.of(80.0, 90.0), List.of(90.0, 100.0)),
                        1, 1, cny),
                Charts.histogram(80, 10, List.of(1L, 3L, 1L), List.of(0.05, 0.5, 0.95), List.of(82.0, 95.0, 108.0), cny),
                "样本 specimen", "样本 specimen");
    }

    /**
     * A specimen report (样本) with one line in every list — approaches, warnings, quality, cash flows, comparables,
     * assumptions, special matters and a two-level explanation tree — so that rendering it runs every branch of the
     * templates. Used by the start-up check only; never issued.
     *
     * @return the specimen model
     */
    static ReportModel specimen() {
        ReportModel.Figure value = new ReportModel.Figure("1,000,000.05 CNY", "100.00 万元", "人民币壹佰万元零伍分");
        ReportModel.Node leaf = new ReportModel.Node("step", "P = TC × (1 + R) × U", "1,000,000.05 CNY", List.of("TC = 1.00 CNY"),
                "CAS 2023", List.of());
        return new ReportModel("SPECIMEN-0001", "2025年1月1日", "2025-01-01", "2024年12月31日", "2024-12-31", "2025年12月30日",
                "2025-12-30", "CNY", value, value, value, "样本 specimen", "数据产品经营权", "Data product operation right", "样本 specimen",
                "样本 specimen", "样本 specimen", List.of(new ReportModel.Row("数据名称", "Name", "样本 specimen")), List.of("样本 specimen"),
                List.of("样本 specimen"), List.of(new ReportModel.ApproachLine("cost", "成本法", "Cost approach", value, "1.0000", "100.00%",
                        "1,000,000.05 CNY", "样本 specimen", List.of("样本 specimen"))),
                List.of(new ReportModel.QualityLine("accuracy", "准确性", "1.0000", "0.9000")), "0.9000",
                List.of(new ReportModel.CashFlowLine("base", 1, "1.00", "0.300000", "0.30", "0.900000", "0.27")),
                List.of(new ReportModel.ComparableLine("C-1", "1.00", "1.000000", "1.000000", "1.000000", "1.000000", "1.000000",
                        "1.000000", "1.00", "1.0000")),
                List.of(new ReportModel.WarningLine("成本法提示", "Cost approach warning", "样本 specimen")),
                List.of(new ReportModel.Node("成本法 Cost approach", "valuation.cost", "", List.of("TC = 1.00 CNY"), "", List.of(
                        new ReportModel.Node("value", "", "1,000,000.05 CNY", List.of(), "", List.of(leaf))))),
                "样本 specimen", "specimen", "0", "0".repeat(64), "样本 specimen",
                List.of(new Signatory("样本 specimen", "00000000000000")));
    }
}
