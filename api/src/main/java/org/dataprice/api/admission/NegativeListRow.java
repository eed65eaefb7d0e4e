package org.dataprice.api.admission;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A stored version of the negative list (V54, append-only, ledger {@code negative-list}).
 *
 * @param id            UUID
 * @param version       the version, 1, 2, ...
 * @param effectiveFrom from when it applies
 * @param entriesJson   the entries, JSON array of {@link NegativeListEntryJson}
 * @param createdAt     when stored
 * @param createdBy     the supervisor
 */
@MappedEntity("supervision_negative_list")
public record NegativeListRow(@Id String id,
                              int version,
                              @MappedProperty("effective_from") Instant effectiveFrom,
                              @MappedProperty("entries_json") String entriesJson,
                              @MappedProperty("created_at") Instant createdAt,
                              @MappedProperty("created_by") String createdBy) {
}
