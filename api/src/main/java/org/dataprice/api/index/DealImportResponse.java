package org.dataprice.api.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to an import of market deals into an index's transactions.
 *
 * @param indexId         the index
 * @param loadId          the load holding the imported rows; null when nothing new was imported
 * @param from            first deal date (UTC), inclusive
 * @param to              last deal date (UTC), inclusive
 * @param currency        the currency imported
 * @param imported        deals copied by this call
 * @param alreadyImported deals of the window copied by an earlier call (never copied twice)
 * @param skipped         deals of the window left out, by reason ({@code currency}, {@code category},
 *                        {@code product-category}, {@code product-id}, {@code trade-value})
 * @param rejected        the deals left out for breaking a rule on their values ({@code trade-value}: the bound of
 *                        one trade's size, the rule of every load), each named by its id with the rule broken; the
 *                        first {@link TransactionLoader#MAX_VIOLATIONS} (all are counted in {@code skipped})
 * @param createdAt       when
 * @param importedDeals   the ids of the deals copied by this call, in line order (the first
 *                        {@link MarketDealImporter#MAX_LISTED}); each is the trade {@code deal:<dealId>}
 *                        (GET /v1/indices/{id}/transactions/deal:{dealId})
 */
@Serdeable
public record DealImportResponse(String indexId, @Nullable String loadId, LocalDate from, LocalDate to,
                                 String currency, int imported, int alreadyImported, Map<String, Integer> skipped,
                                 List<RejectedDeal> rejected, Instant createdAt,
                                 List<String> importedDeals) {
    /**
     * A deal left out for its values.
     *
     * @param dealId the deal
     * @param reason the skip reason ({@code trade-value})
     * @param detail the rule broken, e.g. {@code price × quantity = 2.0E15 must be at most 1e15 ...}
     */
    @Serdeable
    public record RejectedDeal(String dealId, String reason, String detail) {
    }
}
