package org.dataprice.api.exchange;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only store of the trust list's changes (V58): insert and read, no update, no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TrustEventRepository extends GenericRepository<TrustEvent, String> {

    /**
     * @param event the row to insert
     * @return the row inserted
     */
    TrustEvent save(TrustEvent event);

    /** @return every change, oldest first (at most {@code TrustList.MAX_EXCHANGES × KeySet.MAX_KEYS × 2} rows) */
    List<TrustEvent> findAllOrderBySeq();

    /** @return the highest change number, 0 when none */
    @Query("SELECT COALESCE(MAX(seq), 0) FROM exchange_trust_event")
    long lastSeq();
}
