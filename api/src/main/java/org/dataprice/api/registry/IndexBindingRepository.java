package org.dataprice.api.registry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Append-only store of index products bound to registrations (V67): insert and read. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IndexBindingRepository extends GenericRepository<IndexBindingRow, String> {
    /**
     * @param row the binding to insert
     * @return the row inserted
     */
    IndexBindingRow save(IndexBindingRow row);

    /**
     * @param id {@code <indexId>/<productId>}
     * @return the binding, if the product is bound
     */
    Optional<IndexBindingRow> findById(String id);

    /**
     * @param registrationId a registration
     * @return the index products bound to it, oldest first, at most 1,000
     *         ({@link org.dataprice.api.index.ProductTradeCounts#MAX_PRODUCTS})
     */
    @Query("SELECT * FROM registry_index_binding WHERE registration_id = :registrationId ORDER BY bound_at, id LIMIT 1000")
    List<IndexBindingRow> findByRegistrationId(String registrationId);
}
