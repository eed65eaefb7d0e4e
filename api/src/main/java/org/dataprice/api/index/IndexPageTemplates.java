package org.dataprice.api.index;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.time.YearMonth;
import org.dataprice.api.index.IndexPageModel.About;
import org.dataprice.api.index.IndexPageModel.Chart;
import org.dataprice.api.index.IndexPageModel.Text;
import org.dataprice.api.template.TemplateEngines;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Lays out the public index pages with Thymeleaf ({@link TemplateEngines}, HTML mode): {@code page.html} (one index:
 * facts, headline, level and year-on-year charts, data with coverage, warnings, release calendar, revision policy,
 * contact, downloads), {@code methodology.html} (generated from the definition), {@code indices.html} (the landing
 * page), the fragments {@code chart.html} and {@code common.html}, and the stylesheet {@code index.css}, all bundled in
 * {@code classpath:index/}.
 *
 * <p>Configuration (all optional):
 * <ul>
 *   <li>{@code dataprice.index.templates-dir} (env {@code DATAPRICE_INDEX_TEMPLATES_DIR}): a directory whose files
 *       replace the bundled ones of the same name (an exchange's header, colours, extra sections) without
 *       rebuilding;</li>
 *   <li>{@code dataprice.index.contact}: the contact line of every index page (e.g. {@code "Index desk, +86 21 …,
 *       index@exchange.example"}); default empty: no contact section (the definition has no contact, and none is
 *       invented);</li>
 *   <li>{@code dataprice.index.revision-policy}: the revision policy text; default empty: the policy the definition
 *       implies (its provisional months; revisions flagged R; every vintage kept).</li>
 * </ul>
 *
 * <p>As for the valuation report, a broken override stops the start-up, never a page: the bean is created at start-up
 * ({@link Context}) and renders {@link #specimenPage()}, a methodology and a landing specimen through the configured
 * templates, so a template that does not parse or evaluate fails the start with {@link IllegalStateException} naming it.
 * Thread-safe.
 */
@Context
public class IndexPageTemplates {
    /** Classpath folder of the bundled templates. */
    public static final String BUNDLED = "index/templates/";
    /** Classpath location of the bundled stylesheet. */
    public static final String STYLESHEET = "index/index.css";

    private final TemplateEngine engine;
    private final String css;
    private final String contact;
    private final String revisionPolicy;

    /**
     * @param directory      {@code dataprice.index.templates-dir}, or empty for the bundled templates only
     * @param contact        {@code dataprice.index.contact}, or empty for no contact section
     * @param revisionPolicy {@code dataprice.index.revision-policy}, or empty for the policy derived from the definition
     * @throws IllegalStateException when the directory, its stylesheet or templates are unusable
     */
    public IndexPageTemplates(@Value("${dataprice.index.templates-dir:}") String directory,
                              @Value("${dataprice.index.contact:}") String contact,
                              @Value("${dataprice.index.revision-policy:}") String revisionPolicy) {
        Path dir = directory == null || directory.isBlank() ? null : Path.of(directory.strip());
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalStateException("dataprice.index.templates-dir " + dir + " is not a readable directory");
        }
        this.engine = TemplateEngines.create(dir, BUNDLED, TemplateMode.HTML);
        this.css = stylesheet(dir);
        this.contact = contact == null ? "" : contact.strip();
        this.revisionPolicy = revisionPolicy == null ? "" : revisionPolicy.strip();
        try {
            render("page", "p", specimenPage());
            render("page", "p", specimenPage(), "42%");
            render("methodology", "m", specimenMethodology());
            render("indices", "l", new IndexPageModel.Landing(List.of(new IndexPageModel.Listed(specimenAbout(), "2025-01",
                    "101.00", "+1.00%", "2025-02-15", "2025-02 — 2025-03-15 09:30 Asia/Shanghai")), 1));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The index page templates" + (dir == null ? "" : " in " + dir)
                    + " do not render: " + e.getMessage(), e);
        }
    }

    /**
     * @param r        the released state
     * @param warnings the latest vintage's warnings
     * @param coverage trades and products per released month
     * @return the index page, HTML
     */
    public String page(Released r, List<String> warnings, SortedMap<YearMonth, IndexStore.Coverage> coverage) {
        return render("page", "p", IndexPageModels.page(r, warnings, coverage, revisionPolicy, contact));
    }

    /**
     * The index page while a release job runs: the page as it is, with a "computing…" notice (variable
     * {@code computing}: the job's progress, e.g. {@code "42%"}); the controller adds a {@code Refresh} header.
     *
     * @param r         the released state
     * @param warnings  the latest vintage's warnings
     * @param coverage  trades and products per released month
     * @param computing the running job's progress, e.g. {@code "42%"}
     * @return the index page, HTML
     */
    public String computing(Released r, List<String> warnings, SortedMap<YearMonth, IndexStore.Coverage> coverage,
                            String computing) {
        return render("page", "p", IndexPageModels.page(r, warnings, coverage, revisionPolicy, contact), computing);
    }

    /**
     * @param model a page model
     * @return the index page, HTML
     */
    String page(IndexPageModel.Page model) {
        return render("page", "p", model);
    }

    /**
     * @param def      the definition
     * @param coverage trades per released month
     * @return the methodology page, HTML
     */
    public String methodology(IndexDefinition def, SortedMap<YearMonth, IndexStore.Coverage> coverage) {
        return render("methodology", "m", IndexPageModels.methodology(def, coverage, revisionPolicy));
    }

    /**
     * @param published the indices with released data
     * @return the landing page, HTML
     */
    public String landing(List<Released> published) {
        return render("indices", "l", IndexPageModels.landing(published));
    }

    private String render(String template, String name, Object model) {
        return render(template, name, model, null);
    }

    private String render(String template, String name, Object model, String computing) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.ROOT);
        context.setVariable(name, model);
        context.setVariable("computing", computing);
        context.setVariable("css", css);
        try {
            return engine.process(template, context);
        } catch (TemplateEngineException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The override's index.css, else the bundled one; refused when it could break out of {@code <style>}. */
    private static String stylesheet(Path dir) {
        return TemplateEngines.stylesheet(dir, "index.css", STYLESHEET, "index page");
    }

    private static About specimenAbout() {
        return new About("specimen", "样本指数", "Specimen index", "GEKS-Fisher, 13-month window, mean splice",
                "GEKS-费雪法，13个月窗口，均值拼接", "2024-01 = 100", "100", "1.0", 1);
    }

    /** @return a page with a line in every list, so rendering it runs every branch of page.html and chart.html */
    static IndexPageModel.Page specimenPage() {
        IndexPageModel.Tick tick = new IndexPageModel.Tick("100.0", "100");
        Chart chart = new Chart("chart", "specimen", 640, 320, 64, 624, List.of(tick), List.of(new IndexPageModel.Tick("64.0", "2024-01")),
                tick, List.of(new IndexPageModel.Line("COMPOSITE", "综合指数", "Composite", "#1f4e79", "2.5", "64.0,100.0",
                List.of(new IndexPageModel.Dot("64.0", "100.0", "2024-01", "100.00", "specimen")))), "");
        Chart empty = new Chart("chart-yoy", "specimen", 640, 320, 64, 624, List.of(), List.of(), null, List.of(), "specimen");
        return new IndexPageModel.Page(specimenAbout(), new IndexPageModel.Headline("2025-01", "101.00", "P", "+0.10%", "+1.00%"),
                chart, empty, new IndexPageModel.Table(List.of(new IndexPageModel.Column("COMPOSITE", "综合指数", "Composite")),
                List.of(new IndexPageModel.Row("2025-01", List.of(new IndexPageModel.Cell("101.00", "P")), "12", "6")), true),
                List.of(new IndexPageModel.Flag("P", "初步数", "provisional")), new IndexPageModel.Vintage(1, "2025-02-15"),
                List.of("specimen"), List.of(new IndexPageModel.Scheduled("2025-02", "2025-03-15T01:30:00Z", "2025-03-15 09:30"),
                new IndexPageModel.Scheduled("2025-03", "2025-04-15T01:30:00Z", "2025-04-15 09:30")),
                new Text("样本", "specimen"), "specimen");
    }

    private static IndexPageModel.Methodology specimenMethodology() {
        Text t = new Text("样本", "specimen");
        return new IndexPageModel.Methodology(specimenAbout(), "GEKS-Fisher", "P = …", "specimen", "13-month window", "mean splice",
                List.of("method = geks-fisher"), t, List.of(t), t, t, 2, List.of(t), List.of("period ← period"),
                List.of(new IndexPageModel.Column("API", "数据接口", "Data APIs")), List.of("specimen"), t, "Asia/Shanghai");
    }
}
