package org.dataprice.api.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One stored record of the authorisation ledger (table {@code authorisation_record}, migration V65), inserted once,
 * never changed, and chained in the {@code authorisation-records} ledger in the inserting transaction.
 *
 * @param id           {@code <recordType>/<subjectId>}, the ledger's record id
 * @param sequence     1, 2, ... across the ledger
 * @param recordType   agree, authorise or revoke
 * @param subjectId    the agreement or authorisation concerned (the revoked one for a revocation)
 * @param actor        the principal that recorded it
 * @param at           when
 * @param body         the record's canonical JSON body as the core hashed it ({@code AuthorisationRecord.body()})
 * @param hash         hex SHA-256 of {@code body}
 * @param previousHash the previous record's hash (64 zeros for the first)
 */
@MappedEntity("authorisation_record")
public record AuthorisationRow(@Id String id, long sequence, @MappedProperty("record_type") String recordType,
                               @MappedProperty("subject_id") String subjectId, String actor, Instant at, String body,
                               String hash, @MappedProperty("previous_hash") String previousHash) {
}
