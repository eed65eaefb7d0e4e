package org.dataprice.api.valuation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Append-only store of valuations: insert and read, no update, no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredValuationRepository extends GenericRepository<StoredValuation, String> {

    /**
     * @param valuation the row to insert
     * @return the row inserted
     */
    StoredValuation save(StoredValuation valuation);

    /**
     * @param id the id
     * @return the row, if any
     */
    Optional<StoredValuation> findById(String id);

    /** @return number of rows */
    long count();
}
