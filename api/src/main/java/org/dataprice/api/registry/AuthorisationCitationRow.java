package org.dataprice.api.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A payment citing the data authorisation it pays for (table {@code authorisation_citation}, V67), inserted with the
 * settlement and never changed.
 *
 * @param id              {@code <subjectKind>/<subjectId>/<term>}, the ledger's record id
 * @param authorisationId the authorisation paid for
 * @param subjectKind     {@code settlement}
 * @param subjectId       the settlement's id
 * @param term            the payment's JSON path in the settlement request, e.g. {@code periods[0].terms.perUseFees[1]}
 * @param payee           the party paid (the authorisation's grantor or one of its principals)
 * @param citedBy         the principal that recorded the settlement
 * @param citedAt         when
 */
@MappedEntity("authorisation_citation")
public record AuthorisationCitationRow(@Id String id, @MappedProperty("authorisation_id") String authorisationId,
                                       @MappedProperty("subject_kind") String subjectKind,
                                       @MappedProperty("subject_id") String subjectId, String term, String payee,
                                       @MappedProperty("cited_by") String citedBy,
                                       @MappedProperty("cited_at") Instant citedAt) {
}
