package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The listed columns of a stored valuation (a projection of {@link StoredValuation} without the engagement and
 * report JSON, so that a page of the list reads a few hundred bytes per row).
 *
 * @param id             UUID
 * @param reference      the engagement's report reference
 * @param inputHash      the report's SHA-256 input hash
 * @param libraryVersion the core library version that computed it
 * @param valueAmount    the reconciled value
 * @param currency       ISO 4217
 * @param createdAt      when it was stored
 * @param createdBy      the caller's principal name
 */
@Introspected
public record ValuationSummary(String id, String reference, String inputHash, String libraryVersion, BigDecimal valueAmount,
                               String currency, Instant createdAt, String createdBy) {
}
