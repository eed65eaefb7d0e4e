package org.dataprice.supervision;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;

/**
 * 预警 — one alert raised by a supervision rule, pattern or screen: which rule (id and version), how severe, what
 * it is about, the evidence (the ids of the deals, auctions, negotiations or parties involved and the figures
 * that crossed the threshold) and an {@link Explanation} built by the code that decided, so a supervisor can
 * recompute it by hand. The service stores alerts append-only and runs their workflow; the core only raises them.
 *
 * @param rule        the rule that raised it (id, version, severity); not null
 * @param subject     what the alert is about: a deal id, {@code category/month}, a party or a group; not blank
 * @param evidenceIds the ids of the records that are the evidence, in a stable order; not empty, copied
 * @param figures     the decisive figures (the score, the threshold, the ratio...); not null, copied
 * @param explanation how it was decided; not null
 */
public record Alert(RuleIdentity rule, String subject, List<String> evidenceIds, List<Quantity> figures,
        Explanation explanation) {
    /** Validates and copies. */
    public Alert {
        Require.notNull(rule, "rule");
        Require.notBlank(subject, "subject");
        evidenceIds = Require.nonEmptyCopy(evidenceIds, "evidenceIds");
        figures = Require.copyOf(figures, "figures");
        Require.notNull(explanation, "explanation");
    }

    /** @return the id of the rule that raised it */
    public String ruleId() {
        return rule.id();
    }

    /** @return the severity */
    public Severity severity() {
        return rule.severity();
    }
}
