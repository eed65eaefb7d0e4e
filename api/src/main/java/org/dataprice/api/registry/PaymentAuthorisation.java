package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A payment of a settlement that cites the data authorisation it pays for (issue 16: "settlements to individuals by use
 * or by year can cite the authorisation they pay for"). In a settlement's answer every field is given; in an
 * authorisation's citations ({@code GET /v1/authorisations/{id}/citations}) the payee is left out (it is the grantor,
 * who may be a person).
 *
 * @param kind            {@code settlement}
 * @param subjectId       the settlement's id
 * @param term            the payment's JSON path in the settlement request, e.g. {@code periods[0].terms.perUseFees[0]}
 * @param authorisationId the authorisation paid for
 * @param payee           the party paid; null in an authorisation's citations
 * @param citedAt         when the settlement was recorded
 */
@Serdeable
public record PaymentAuthorisation(String kind, String subjectId, String term, String authorisationId,
                                   @io.micronaut.core.annotation.Nullable String payee, Instant citedAt) {
}
