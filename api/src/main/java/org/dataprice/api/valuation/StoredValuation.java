package org.dataprice.api.valuation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored valuation: the engagement exactly as requested (JSON) and the report computed from it (JSON),
 * with the figures needed to list and check it. Append-only.
 *
 * @param id             UUID
 * @param reference      the engagement's report reference
 * @param engagementJson the {@link ValuationRequest} as JSON (the input the report is reproduced from)
 * @param reportJson     the {@link ReportResponse} as JSON
 * @param inputHash      the report's SHA-256 input hash
 * @param libraryVersion the core library version that computed it
 * @param valueAmount    the reconciled value
 * @param currency       ISO 4217
 * @param createdAt      when it was stored
 * @param createdBy      the caller's principal name
 */
@MappedEntity("valuation")
public record StoredValuation(@Id String id,
                              String reference,
                              @MappedProperty("engagement_json") String engagementJson,
                              @MappedProperty("report_json") String reportJson,
                              @MappedProperty("input_hash") String inputHash,
                              @MappedProperty("library_version") String libraryVersion,
                              @MappedProperty("value_amount") BigDecimal valueAmount,
                              String currency,
                              @MappedProperty("created_at") Instant createdAt,
                              @MappedProperty("created_by") String createdBy) {
}
