package org.dataprice.api.template;

import java.nio.file.Path;
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
}
