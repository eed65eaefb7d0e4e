package org.dataprice.api.registry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only store of authorisation records (V65): insert and read, no update, no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuthorisationRepository extends GenericRepository<AuthorisationRow, String> {
    /**
     * @param row the record to insert
     * @return the row inserted
     */
    AuthorisationRow save(AuthorisationRow row);

    /** @return every record, oldest first (the whole ledger, at most {@code AuthorisationLedger.MAX_RECORDS}) */
    List<AuthorisationRow> findAllOrderBySequence();

    /** @return the last record (the chain's head), if any: one row by the unique index on the sequence */
    @io.micronaut.data.annotation.Query("SELECT * FROM authorisation_record ORDER BY sequence DESC LIMIT 1")
    java.util.Optional<AuthorisationRow> findHead();

    /**
     * @param sequence the last sequence already read
     * @return the records after it, oldest first
     */
    List<AuthorisationRow> findBySequenceGreaterThanOrderBySequence(long sequence);
}
