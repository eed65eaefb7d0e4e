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

}
