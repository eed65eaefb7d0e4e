package org.dataprice.api.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One correction of a trade as the API shows it (audit record).
 *
 * @param id          the correction id
 * @param indexId     the index
 * @param transaction the trade's reference ({@code <loadId>:<line>} or {@code deal:<dealId>})
 * @param sequence    its number among the trade's corrections, 1 for the first
 * @param action      VOID or AMEND
 * @param productId   AMEND: the new product, or null when unchanged
 * @param period      AMEND: the new month, or null when unchanged
 * @param price       AMEND: the new unit price, or null when unchanged
 * @param quantity    AMEND: the new units, or null when unchanged
 * @param reason      why
 * @param actor       the principal who made it
 * @param createdAt   when
 * @param appliedIn   the vintage of the release that first applied it; null until the next release
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CorrectionView(String id, String indexId, String transaction, int sequence, String action,
                             @Nullable String productId, @Nullable String period, @Nullable Double price,
                             @Nullable Double quantity, String reason, String actor, Instant createdAt,
                             @Nullable Integer appliedIn) {
}
