package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A record that cites a registration: a valuation, listing, deal or settlement (its id, not who made it).
 *
 * @param kind      valuation, listing, deal or settlement
 * @param subjectId the record's id
 * @param citedAt   when it was created
 */
@Serdeable
public record CitationResponse(String kind, String subjectId, Instant citedAt) {
}
