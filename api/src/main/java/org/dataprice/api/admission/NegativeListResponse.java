package org.dataprice.api.admission;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A stored version of the negative list.
 *
 * @param version       the version
 * @param effectiveFrom from when it applies
 * @param entries       the entries
 * @param createdAt     when stored
 * @param createdBy     the supervisor
 */
@Serdeable
public record NegativeListResponse(int version, Instant effectiveFrom, List<NegativeListEntryJson> entries,
                                   Instant createdAt, String createdBy) {
}
