package org.dataprice.api.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
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
 *                        {@code product-category}, {@code product-id})
 * @param createdAt       when
 */
@Serdeable
public record DealImportResponse(String indexId, @Nullable String loadId, LocalDate from, LocalDate to,
                                 String currency, int imported, int alreadyImported, Map<String, Integer> skipped,
                                 Instant createdAt) {
}
