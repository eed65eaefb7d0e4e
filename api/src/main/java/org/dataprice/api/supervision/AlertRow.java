package org.dataprice.api.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A stored supervision alert (table {@code supervision_alert}, V53); append-only, a record of the
 * {@code supervision-alerts} ledger. Its status lives in its events ({@link AlertEventRow}).
 *
 * @param id              UUID
 * @param fingerprint     SHA-256 hex of rule id, rule version, subject and evidence ids (unique)
 * @param ruleId          the rule that raised it
 * @param ruleVersion     that rule's version
 * @param severity        {@link org.dataprice.supervision.Severity#name()}
 * @param source          DEAL (checked as recorded), SCAN, PATTERN or CONCENTRATION
 * @param subject         what it is about (a deal id, category/month, a group)
 * @param dealId          the deal checked, for source DEAL; else null
 * @param evidenceJson    the evidence ids, a JSON array of strings
 * @param figuresJson     the deciding figures, a JSON array of quantities
 * @param explanationJson the explanation, JSON
 * @param raisedAt        when it was stored
 */
@MappedEntity("supervision_alert")
public record AlertRow(@Id String id, String fingerprint,
                       @MappedProperty("rule_id") String ruleId,
                       @MappedProperty("rule_version") int ruleVersion,
                       String severity, String source, String subject,
                       @Nullable @MappedProperty("deal_id") String dealId,
                       @MappedProperty("evidence_json") String evidenceJson,
                       @MappedProperty("figures_json") String figuresJson,
                       @MappedProperty("explanation_json") String explanationJson,
                       @MappedProperty("raised_at") Instant raisedAt) {
}
