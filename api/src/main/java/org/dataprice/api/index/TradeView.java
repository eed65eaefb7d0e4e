package org.dataprice.api.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One trade of an index as it was loaded (corrections do not change it; they are listed under
 * {@code corrections}). A trade copied from a market deal keeps the deal's id.
 *
 * @param indexId     the index
 * @param transaction the trade's reference ({@code <loadId>:<line>} or {@code deal:<dealId>})
 * @param dealId      the market deal it was copied from, or null for a loaded trade
 * @param deal        the deal's link ({@code /v1/deals/{dealId}}), or null
 * @param productId   the product
 * @param category    the index category, empty when the index has none
 * @param period      the month, {@code yyyy-MM}
 * @param price       the unit price in the index currency
 * @param quantity    the units
 * @param corrections the link to its corrections
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TradeView(String indexId, String transaction, @Nullable String dealId, @Nullable String deal, String productId,
                        String category, String period, double price, double quantity, String corrections) {
}
