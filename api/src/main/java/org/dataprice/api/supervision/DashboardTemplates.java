package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.template.TemplateEngines;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Locale;

/**
 * Lays out the supervisor dashboard with Thymeleaf ({@link TemplateEngines}, HTML mode, bundled template
 * {@code supervision/templates/dashboard.html} and stylesheet {@code supervision/dashboard.css}). Thread-safe.
 */
@Singleton
public class DashboardTemplates {
    private final TemplateEngine engine = TemplateEngines.create(null, "supervision/templates/", TemplateMode.HTML);
    private final String css = TemplateEngines.stylesheet(null, "dashboard.css", "supervision/dashboard.css",
            "supervision dashboard");

    /**
     * @param model the dashboard's content
     * @return the page, HTML
     */
    public String render(DashboardModel model) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.ROOT);
        context.setVariable("d", model);
        context.setVariable("css", css);
        return engine.process("dashboard", context);
    }
}
