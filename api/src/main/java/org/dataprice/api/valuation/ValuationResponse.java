package org.dataprice.api.valuation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A stored valuation: its id, the engagement as requested and the report computed from it.
 *
 * @param id         the valuation id
 * @param createdAt  when it was stored
 * @param createdBy  who stored it
 * @param engagement the engagement as requested
 * @param report     the report
 */
@Serdeable
@Schema(name = "Valuation")
public record ValuationResponse(String id, Instant createdAt, String createdBy, ValuationRequest engagement, ReportResponse report) {
}
