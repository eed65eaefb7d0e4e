package org.dataprice.api.pricing.listing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Listings. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ListingRepository extends CrudRepository<ListingRow, String> {

    /**
     * @param from  first creation instant, inclusive
     * @param until last creation instant, exclusive
     * @param limit the most ids to read
     * @return the ids of the listings created in {@code [from, until)}, oldest first
     */
    @Query("SELECT id FROM pricing_listing WHERE created_at >= :from AND created_at < :until ORDER BY created_at, id LIMIT :limit")
    List<String> idsCreatedBetween(Instant from, Instant until, int limit);

    /**
     * @param from  first creation instant, inclusive
     * @param until last creation instant, exclusive
     * @param limit the most rows read
     * @return the fixed-price listings created in {@code [from, until)}, oldest first (the quotes the market
     *         monitor's parallel-pricing screen compares)
     */
    @Query("SELECT * FROM pricing_listing WHERE mode = 'FIXED_PRICE' AND created_at >= :from AND created_at < :until "
            + "ORDER BY created_at, id LIMIT :limit")
    List<ListingRow> fixedPriceCreatedBetween(Instant from, Instant until, int limit);

}
