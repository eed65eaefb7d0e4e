package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A record that cites a registration: a valuation, listing, deal or settlement (its id, not who made it), or an index
 * product bound to it (kind {@value #INDEX_PRODUCT}, id {@code <indexId>/<productId>}: every transaction of the product
 * in the index cites the registration; {@code transactions} counts them).
 *
 * @param kind         valuation, listing, deal, settlement or index-product
 * @param subjectId    the record's id
 * @param citedAt      when it was created (bound, for an index product)
 * @param transactions for an index product: the number of its transactions loaded in the index; null otherwise
 */
@Serdeable
public record CitationResponse(String kind, String subjectId, Instant citedAt, @Nullable Long transactions) {
    /** The kind of an index product bound to the registration. */
    public static final String INDEX_PRODUCT = "index-product";

    /**
     * A citing record that is not an index product.
     *
     * @param kind      its kind
     * @param subjectId its id
     * @param citedAt   when
     */
    public CitationResponse(String kind, String subjectId, Instant citedAt) {
        this(kind, subjectId, citedAt, null);
    }
}
