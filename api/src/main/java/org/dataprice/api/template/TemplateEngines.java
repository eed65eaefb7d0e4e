package org.dataprice.api.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ognl.OgnlRuntime;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The one way the service sets up a template engine (plain Thymeleaf 3.1, no Spring): templates {@code <name>.html}
 * read first from an optional override directory (a file there replaces the bundled template of the same name, so a
 * firm or an exchange changes the layout without rebuilding), then from a classpath folder. UTF-8, cached (a file
 * edited later takes effect on restart). Used by the valuation report ({@code api.valuation.ReportTemplates}, XML mode)
 * and the public index pages ({@code api.index.IndexPageTemplates}, HTML mode). Thread-safe once built (Thymeleaf's
 * engine is).
 */
public final class TemplateEngines {
    static {
        // before any engine evaluates an expression: OGNL caches the accessor it found per class
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    private TemplateEngines() {
    }

    /**
     * @param overrides the override directory, or null for the bundled templates only
     * @param bundled   the classpath folder of the bundled templates, ending in {@code /}
     * @param mode      the template mode ({@link TemplateMode#XML} for well-formed XHTML, {@link TemplateMode#HTML})
     * @return the engine
     */
    public static TemplateEngine create(Path overrides, String bundled, TemplateMode mode) {
        TemplateEngine engine = new TemplateEngine();
        int order = 1;
        if (overrides != null) {
            FileTemplateResolver files = new FileTemplateResolver();
            files.setPrefix(overrides.toAbsolutePath() + "/");
            files.setSuffix(".html");
            files.setTemplateMode(mode);
            files.setCharacterEncoding("UTF-8");
            files.setCheckExistence(true);
            files.setCacheable(true);
            files.setOrder(order++);
            engine.addTemplateResolver(files);
        }
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(TemplateEngines.class.getClassLoader());
        resolver.setPrefix(bundled);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        engine.addTemplateResolver(resolver);
        return engine;
    }

    /**
     * The stylesheet a template embeds in its {@code <style>} element: the override directory's file of that name, else
     * the bundled resource. Refused when it contains {@code <} or {@code &}, which could end the element or, in XHTML,
     * break the document.
     *
     * @param overrides the override directory, or null
     * @param name      the file name in the directory, e.g. {@code report.css}
     * @param bundled   the classpath resource of the bundled stylesheet
     * @param what      what it styles, for the message, e.g. {@code "report"}
     * @return the stylesheet text
     * @throws IllegalStateException when the bundled resource is missing or the text is refused
     */
    public static String stylesheet(Path overrides, String name, String bundled, String what) {
        Path file = overrides == null ? null : overrides.resolve(name);
        boolean overridden = file != null && Files.isRegularFile(file);
        String css;
        try {
            if (overridden) {
                css = Files.readString(file, StandardCharsets.UTF_8);
            } else {
                try (InputStream in = TemplateEngines.class.getClassLoader().getResourceAsStream(bundled)) {
                    if (in == null) {
                        throw new IllegalStateException("missing classpath resource " + bundled);
                    }
                    css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0) {
            throw new IllegalStateException("The " + what + " stylesheet " + (overridden ? file : bundled)
                    + " must not contain '<' or '&' (it is embedded in the document's <style> element)");
        }
        return css;
    }
}
