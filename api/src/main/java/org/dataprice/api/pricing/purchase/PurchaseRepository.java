package org.dataprice.api.pricing.purchase;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Purchases from fixed-price listings (append-only). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PurchaseRepository extends CrudRepository<PurchaseRow, String> {
    /**
     * @param listingId a listing
     * @return its purchases, oldest first
     */
    List<PurchaseRow> findByListingIdOrderByPurchasedAt(String listingId);
}
