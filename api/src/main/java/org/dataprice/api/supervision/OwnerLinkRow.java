package org.dataprice.api.supervision;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A declared beneficial-owner link (table {@code supervision_owner_link}, V53): two parties under one owner, stored
 * with the smaller id first; append-only, a record of the {@code supervision-owner-links} ledger.
 *
 * @param id         UUID
 * @param partyA     the smaller party id
 * @param partyB     the larger party id
 * @param declaredBy the supervisor who declared it
 * @param declaredAt when
 */
@MappedEntity("supervision_owner_link")
public record OwnerLinkRow(@Id String id, @MappedProperty("party_a") String partyA,
                           @MappedProperty("party_b") String partyB,
                           @MappedProperty("declared_by") String declaredBy,
                           @MappedProperty("declared_at") Instant declaredAt) {
}
