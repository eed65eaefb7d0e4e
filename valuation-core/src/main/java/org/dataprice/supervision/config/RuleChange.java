package org.dataprice.supervision.config;

import org.dataprice.supervision.Severity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A change to one rule in a new version of {@link SupervisionRules}: each non-null part replaces the rule's current
 * one; a parameter not named keeps its value.
 *
 * @param id         the rule id; checked by {@link SupervisionRules#revise}
 * @param enabled    switches the rule on or off; null keeps it
 * @param severity   the new severity; null keeps it
 * @param parameters new values of some parameters; null or empty keeps them all
 */
public record RuleChange(String id, Boolean enabled, Severity severity, Map<String, BigDecimal> parameters) {
}
