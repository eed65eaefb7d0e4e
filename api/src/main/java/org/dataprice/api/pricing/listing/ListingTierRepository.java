package org.dataprice.api.pricing.listing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Volume tiers of fixed-price listings. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ListingTierRepository extends CrudRepository<ListingTermRows.Tier, String> {
    /**
     * @param listingId a listing
     * @return its tiers in order
     */
    List<ListingTermRows.Tier> findByListingIdOrderBySeq(String listingId);
}
