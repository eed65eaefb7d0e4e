package org.dataprice.api.pricing.listing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Appraisals, append-only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AppraisalRepository extends CrudRepository<AppraisalRow, String> {

    /**
     * @param listingId the listing
     * @return its appraisals, oldest first
     */
    List<AppraisalRow> findByListingIdOrderByCreatedAt(String listingId);
}
