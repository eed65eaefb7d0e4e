package org.dataprice.api.supervision;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One stored version of the exchange's supervision rules (table {@code supervision_rules}, V53); append-only, a
 * record of the {@code supervision-rules} ledger.
 *
 * @param id         UUID
 * @param version    the configuration's version, from 1
 * @param configJson the configuration ({@link RulesJson})
 * @param createdBy  the supervisor who stored it
 * @param createdAt  when
 */
@MappedEntity("supervision_rules")
public record RulesRow(@Id String id, int version, @MappedProperty("config_json") String configJson,
                       @MappedProperty("created_by") String createdBy,
                       @MappedProperty("created_at") Instant createdAt) {
}
