package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/**
 * The listed columns of a stored analysis (a projection of {@link StoredAnalysis} without its JSON documents).
 *
 * @param number    the run's number within its valuation
 * @param kind      {@link AnalysisKind#name()}
 * @param createdAt when it was stored
 * @param createdBy the caller
 */
@Introspected
public record AnalysisSummary(int number, String kind, Instant createdAt, String createdBy) {
}
