package org.dataprice.api.admission;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Append-only store of listing admissions (V54): insert and read. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ListingAdmissionRepository extends GenericRepository<ListingAdmissionRow, String> {
    /**
     * @param row the admission
     * @return the row inserted
     */
    ListingAdmissionRow save(ListingAdmissionRow row);

    /**
     * @param listingId a listing
     * @return its admission, if it was created since V54
     */
    Optional<ListingAdmissionRow> findById(String listingId);
}
