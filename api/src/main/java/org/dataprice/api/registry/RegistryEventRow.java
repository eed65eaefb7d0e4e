package org.dataprice.api.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One stored event of a registration (table {@code registry_event}, migration V56), inserted once, never changed,
 * and chained in the {@code registry-events} ledger in the inserting transaction.
 *
 * @param id             {@code <registrationId>/<sequence>}, the ledger's record id
 * @param registrationId the registration
 * @param sequence       1, 2, ... within the registration
 * @param eventType      register, amend, transfer, license, suspend, reinstate or cancel
 * @param actor          the principal that recorded it
 * @param at             when
 * @param body           the event's canonical JSON body as the core hashed it ({@code RecordedEvent.body()})
 * @param hash           hex SHA-256 of {@code body}
 * @param previousHash   the previous event's hash (64 zeros for the first)
 */
@MappedEntity("registry_event")
public record RegistryEventRow(@Id String id, @MappedProperty("registration_id") String registrationId, long sequence,
                               @MappedProperty("event_type") String eventType, String actor, Instant at, String body,
                               String hash, @MappedProperty("previous_hash") String previousHash) {
}
