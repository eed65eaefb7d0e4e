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
}
