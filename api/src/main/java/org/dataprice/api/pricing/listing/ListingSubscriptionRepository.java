package org.dataprice.api.pricing.listing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Subscription terms of fixed-price listings. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ListingSubscriptionRepository extends CrudRepository<ListingTermRows.Subscription, String> {
    /**
     * @param listingId a listing
     * @return its terms in order
     */
    List<ListingTermRows.Subscription> findByListingIdOrderBySeq(String listingId);
}
