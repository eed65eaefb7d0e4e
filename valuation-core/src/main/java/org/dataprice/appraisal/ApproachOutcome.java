package org.dataprice.appraisal;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * One approach's result in a report.
 *
 * @param approach    the approach; not null
 * @param value       its value; not null
 * @param weight      its weight in the conclusion
 * @param reason      why that weight; not null
 * @param warnings    the approach's warnings (e.g. market dispersion); copied
 * @param explanation the approach's full explanation; not null
 */
public record ApproachOutcome(Approach approach, Money value, double weight, String reason, List<String> warnings,
        Explanation explanation) {
    /** Copies. */
    public ApproachOutcome {
        Require.notNull(approach, "approach");
        Require.notNull(value, "value");
        Require.notNull(reason, "reason");
        warnings = Require.copyOf(warnings, "warnings");
        Require.notNull(explanation, "explanation");
    }
}
