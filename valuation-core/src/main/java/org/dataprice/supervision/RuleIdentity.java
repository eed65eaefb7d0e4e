package org.dataprice.supervision;

import org.dataprice.error.Require;

/**
 * The identity of a configurable supervision rule: a stable id, a version that the exchange bumps whenever it
 * changes a parameter, and the severity of the alerts it raises. Every alert carries the id and version of the
 * rule that raised it, so a past alert can be re-derived from the rule as it was configured then.
 *
 * @param id       stable kebab-case id, e.g. {@code "price.hampel"}; not blank
 * @param version  the configuration's version, &ge; 1
 * @param severity severity of the alerts raised; not null
 */
public record RuleIdentity(String id, int version, Severity severity) {
    /** Validates. */
    public RuleIdentity {
        Require.notBlank(id, "id");
        Require.atLeast(version, 1, "version");
        Require.notNull(severity, "severity");
    }

    /**
     * @param id       the id; not blank
     * @param version  the version, &ge; 1
     * @param severity the severity; not null
     * @return the identity
     */
    public static RuleIdentity of(String id, int version, Severity severity) {
        return new RuleIdentity(id, version, severity);
    }
}
