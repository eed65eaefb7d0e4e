package org.dataprice.api.supervision;

import jakarta.inject.Singleton;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.supervision.structure.MarketSide;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Builds the supervisor dashboard: open alerts by severity, the latest {@value #LATEST} alerts (the trend and the
 * drill-down list), the sellers' concentration of the current month with the configured HHI threshold, rendered by
 * {@link DashboardTemplates}. Every read is bounded (a page of alerts, one month's deals).
 */
@Singleton
public class DashboardPage {
    /** The alerts read for the trend and the list. */
    public static final int LATEST = 500;

    private final AlertService alerts;
    private final MarketScanService scans;
    private final SupervisionRulesService rules;
    private final DashboardTemplates templates;
    private final Clock clock;

    /**
     * @param alerts    the alerts
     * @param scans     the concentration table
     * @param rules     the rules (the HHI threshold)
     * @param templates the page template
     * @param clock     the clock
     */
    public DashboardPage(AlertService alerts, MarketScanService scans, SupervisionRulesService rules,
                         DashboardTemplates templates, Clock clock) {
        this.alerts = alerts;
        this.scans = scans;
        this.rules = rules;
        this.templates = templates;
        this.clock = clock;
    }

    /** @return the dashboard, HTML */
    public String render() {
        LocalDate today = LocalDate.ofInstant(ServiceClock.now(clock), ZoneOffset.UTC);
        AlertService.Page latest = alerts.page(null, null, null, null, null, null, 0, LATEST);
        SupervisionJson.ConcentrationResponse month = scans.concentration(today.withDayOfMonth(1), today,
                MarketSide.SELLER);
        SupervisionJson.CollusionResponse collusion = scans.collusion(today.withDayOfMonth(1), today);
        return templates.render(DashboardModel.of(alerts.openBySeverity(), latest.alerts(), latest.total(), today,
                month.cells(), rules.currentRules().concentration().hhiThreshold(), collusion.alerts()));
    }
}
