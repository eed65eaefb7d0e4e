package org.dataprice.api.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A record citing a registration (table {@code registry_citation}, V57), inserted with the record and never changed.
 *
 * @param id             {@code <subjectKind>/<subjectId>}, the ledger's record id
 * @param subjectKind    valuation, listing, deal or settlement
 * @param subjectId      the citing record's id
 * @param registrationId the registration it is about
 * @param citedBy        the principal that created the citing record
 * @param citedAt        when
 */
@MappedEntity("registry_citation")
public record CitationRow(@Id String id, @MappedProperty("subject_kind") String subjectKind,
                          @MappedProperty("subject_id") String subjectId,
                          @MappedProperty("registration_id") String registrationId,
                          @MappedProperty("cited_by") String citedBy, @MappedProperty("cited_at") Instant citedAt) {
}
