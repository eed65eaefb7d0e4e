package org.dataprice.api.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One record of a party's credit file (V54, append-only, ledger {@code credit-records}).
 *
 * @param id         UUID
 * @param partyId    the party
 * @param kind       {@link CreditRecordKind#name()}
 * @param subjectId  the event (OBJECTION, REPAIR), objection (ANSWER) or repair request (DECISION); null for EVENT
 * @param onceKey    the uniqueness key of a step that may happen once, or null
 * @param bodyJson   the accepted request, JSON
 * @param recordedAt when recorded
 * @param recordedBy the caller
 */
@MappedEntity("credit_record")
public record CreditRecordRow(@Id String id,
                              @MappedProperty("party_id") String partyId,
                              String kind,
                              @Nullable @MappedProperty("subject_id") String subjectId,
                              @Nullable @MappedProperty("once_key") String onceKey,
                              @MappedProperty("body_json") String bodyJson,
                              @MappedProperty("recorded_at") Instant recordedAt,
                              @MappedProperty("recorded_by") String recordedBy) {
}
