package org.dataprice.supervision.rule;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.supervision.Alert;

/**
 * The outcome of checking deals: the alerts raised, and the reasons some rule could not judge (a cell with too
 * few comparable deals, a cell without spread).
 *
 * @param alerts   the alerts, in the order the deals and rules were checked; not null, copied
 * @param warnings the reasons, each once; not null, copied
 * @param deals    how many deals were checked, &ge; 0
 */
public record RuleCheck(List<Alert> alerts, List<String> warnings, int deals) {
    /** Validates and copies. */
    public RuleCheck {
        alerts = Require.copyOf(alerts, "alerts");
        warnings = Require.copyOf(warnings, "warnings");
        Require.atLeast(deals, 0, "deals");
    }
}
