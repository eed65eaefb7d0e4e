package org.dataprice.api.valuation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A page of stored valuations, newest first (by creation time, then id, both descending).
 *
 * @param items the valuations of this page (an empty page is {@code "items": []})
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total the number of stored valuations
 */
@Serdeable
@Schema(name = "ValuationList")
public record ValuationList(@JsonInclude(JsonInclude.Include.ALWAYS) List<Item> items, int page, int size, long total) {

    /**
     * One listed valuation; {@code GET href} gives the engagement and the report.
     *
     * @param id             the valuation id
     * @param href           {@code /v1/valuations/{id}}
     * @param reference      the engagement's report reference
     * @param value          the reconciled value
     * @param currency       ISO 4217
     * @param inputHash      the report's SHA-256 input hash
     * @param libraryVersion the core library version that computed it
     * @param createdAt      when it was stored
     * @param createdBy      who stored it
     */
    @Serdeable
    @Schema(name = "ValuationListItem")
    public record Item(String id, String href, String reference, BigDecimal value, String currency, String inputHash,
                       String libraryVersion, Instant createdAt, String createdBy) {
    }
}
