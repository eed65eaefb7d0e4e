package org.dataprice.api.valuation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A stored run of a valuation's sensitivity or Monte Carlo analysis (V55): the request as received and the answer as
 * sent, both JSON. Append-only; each row is a record of the {@code valuation-analyses} ledger.
 *
 * @param id          UUID
 * @param valuationId the valuation analysed
 * @param number      the run's number within its valuation, from 1 (its place in {@code /analyses/{number}})
 * @param kind        {@link AnalysisKind#name()}
 * @param requestJson the request as received
 * @param resultJson  the answer as sent
 * @param createdAt   when it was stored
 * @param createdBy   the caller
 */
@MappedEntity("valuation_analysis")
public record StoredAnalysis(@Id String id,
                             @MappedProperty("valuation_id") String valuationId,
                             @MappedProperty("seq") int number,
                             String kind,
                             @MappedProperty("request_json") String requestJson,
                             @MappedProperty("result_json") String resultJson,
                             @MappedProperty("created_at") Instant createdAt,
                             @MappedProperty("created_by") String createdBy) {
}
