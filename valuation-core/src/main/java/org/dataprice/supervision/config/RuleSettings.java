package org.dataprice.supervision.config;

import org.dataprice.error.Require;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One configured rule of an exchange's {@link SupervisionRules}: its id, its own version (bumped each time the
 * exchange changes its severity, its parameters or switches it on or off), whether it runs, the severity of its
 * alerts and its parameters by name (the names of the core rule's constructor, e.g. {@code threshold} and
 * {@code minSample} of the Hampel filter).
 *
 * @param id         the rule id, one of {@link SupervisionRules#RULE_IDS}; not blank
 * @param version    the rule's own version, &ge; 1
 * @param enabled    whether it runs
 * @param severity   the severity of its alerts; not null
 * @param parameters its parameters by name; not null, copied in name order
 */
public record RuleSettings(String id, int version, boolean enabled, Severity severity,
        Map<String, BigDecimal> parameters) {
    /** Validates and copies. */
    public RuleSettings {
        Require.notBlank(id, "id");
        Require.atLeast(version, 1, "version");
        Require.notNull(severity, "severity");
        Require.notNull(parameters, "parameters");
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** @return the identity that the rule's alerts carry */
    public RuleIdentity identity() {
        return RuleIdentity.of(id, version, severity);
    }

    /**
     * @param name a parameter's name
     * @return its value as a double
     */
    double number(String name) {
        return parameters.get(name).doubleValue();
    }

    /**
     * @param name a parameter's name (an integral one, checked by {@link SupervisionRules#revise})
     * @return its value as an int
     */
    int integer(String name) {
        return parameters.get(name).intValueExact();
    }
}
