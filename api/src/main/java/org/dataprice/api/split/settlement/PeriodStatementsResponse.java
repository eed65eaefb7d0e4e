package org.dataprice.api.split.settlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One page of a period's statements: the answer of
 * {@code GET /v1/settlements/{id}/periods/{index}/statements?page=&size=}. Statements are in the period's
 * statement order (the order of the settlement's answer before V44: the waterfall's party order); each
 * carries its lines and total, not its explanation ({@code GET /v1/settlements/{id}/statements/{party}}
 * serves that). Pages past the end are empty ({@code "items": []}).
 *
 * @param settlementId the settlement
 * @param index        the period's 0-based index
 * @param label        the period's label
 * @param items        the statements of this page
 * @param page         the page number, from 0
 * @param size         the page size asked for
 * @param total        the number of statements in the period (also in {@code X-Total-Count})
 */
@Serdeable
@Schema(name = "PeriodStatements", example = "{\"settlementId\": \"0b7c6f0e-3f7a-4a53-9a0e-6f1c1f7a2b11\", \"index\": 0, "
        + "\"label\": \"2025-Q1\", \"items\": [{\"party\": \"exchange\", \"total\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}, "
        + "\"lines\": [{\"kind\": \"COMMISSION\", \"amount\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}, \"paid\": true, "
        + "\"basis\": \"commission on CNY 20000.00; 0.05 above 0.00\"}]}], \"page\": 0, \"size\": 1, \"total\": 6}")
public record PeriodStatementsResponse(String settlementId, int index, String label,
                                       @JsonInclude(JsonInclude.Include.ALWAYS) List<SettlementResponse.StatementSummary> items,
                                       int page, int size, long total) {
}
