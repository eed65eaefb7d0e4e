package org.dataprice.api.valuation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Append-only store of valuations: insert, read and list, no update, no delete. */
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

    /**
     * @param id the id
     * @return whether a valuation with that id is stored (reads no engagement or report)
     */
    boolean existsById(String id);

    /**
     * The listed columns of a page of rows, in the page's order (read-only).
     *
     * @param pageable page number, size and sort (the service sorts by {@code createdAt} then {@code id}, descending)
     * @return the rows of the page
     */
    List<ValuationSummary> list(Pageable pageable);

    /** @return number of rows */
    long count();
}
